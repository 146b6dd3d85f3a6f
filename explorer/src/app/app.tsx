/** The app: providers (urql client, i18n) around the layout. */
import { useMemo } from "react";
import { Provider } from "urql";
import "../lib/i18n";
import { createClient } from "../lib/urql/client";
import { Layout } from "./layout";

export function App({ client }: { client?: ReturnType<typeof createClient> }) {
  const c = useMemo(() => client ?? createClient(), [client]);
  return (
    <Provider value={c}>
      <Layout />
    </Provider>
  );
}
