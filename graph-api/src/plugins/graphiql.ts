/**
 * A self-contained GraphiQL page (scripts and styles inlined by @graphql-yoga/render-graphiql):
 * nothing is fetched from a CDN, so it works offline. Rendered once, on first request.
 */
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { RequestHandler } from "express";

export function graphiqlHandler(endpoint: string): RequestHandler {
  let page: string | undefined;
  return (_req, res) => {
    page ??= renderGraphiQL({
      endpoint,
      title: "TTGraph GraphiQL",
      defaultQuery:
        "# Anonymous callers see public data; add an Authorization: Bearer <token> header for more.\n{\n  brokers(limit: 5) {\n    id\n    name\n    titleLevel\n  }\n}\n",
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    });
    res.type("html").send(page);
  };
}
