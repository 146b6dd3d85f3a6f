// The explorer's operations as an Apollo persisted-query manifest
// (explorer/src/gql/persisted-query-manifest.json), made from codegen's persisted-documents.json by
// `npm run codegen`: each body is the text Apollo Client sends (with __typename added), its id the
// sha256 of that text. Apollo Client's PersistedQueryLink can use it
// (generatePersistedQueryIdsFromManifest), and the server trusts it like codegen's manifest.
import { fromGraphQLCodegenPersistedDocuments } from "@apollo/generate-persisted-query-manifest";

export default {
  documents: fromGraphQLCodegenPersistedDocuments("explorer/src/gql/persisted-documents.json"),
  output: "explorer/src/gql/persisted-query-manifest.json",
};
