import type { ResultOf, TadaDocumentNode, VariablesOf } from "gql.tada";
import { print } from "graphql";

export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

/** The API answered with errors (or not at all): the caller shows a friendly page. */
export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
  constructor(
    message: string,
    readonly status: number,
    readonly errors: GraphQLErrorShape[],
  ) {
    super(message);
  }

  /** The first error code, e.g. BAD_USER_INPUT, for branching without string matching. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface GraphQLClientOptions {
  /** The API's /graphql URL. */
  url: string;
  /**
   * Headers for every request, or a function giving them per request (for
   * values that belong to the request being served, like the browser's address).
   */
  headers?: Record<string, string> | (() => Record<string, string>);
  fetch?: typeof fetch;
}

// biome-ignore lint/suspicious/noExplicitAny: gql.tada's own constraint for "any document".
type AnyDocument = TadaDocumentNode<any, any>;

/**
 * A small typed client over fetch: the apps call the API from their servers
 * only, so there is no cache or browser state to manage.
 */
export function createGraphQLClient({ url, headers = {}, fetch: ownFetch }: GraphQLClientOptions) {
  // Looked up per request, not captured, so instrumentation (and tests) that replace fetch apply.
  const doFetch: typeof fetch = ownFetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    async request<Document extends AnyDocument>(
      document: Document,
      ...[variables]: VariablesOf<Document> extends Record<string, never>
        ? [variables?: VariablesOf<Document>]
        : [variables: VariablesOf<Document>]
    ): Promise<ResultOf<Document>> {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "application/json",
            ...(typeof headers === "function" ? headers() : headers),
          },
          body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
        });
      } catch (error) {
        throw new GraphQLRequestError(
          `The API at ${url} could not be reached: ${(error as Error).message}`,
          0,
          [],
        );
      }
      let body: { data?: ResultOf<Document> | null; errors?: GraphQLErrorShape[] };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new GraphQLRequestError(
          `The API answered ${response.status} without JSON`,
          response.status,
          [],
        );
      }
      if (body.errors?.length || !body.data) {
        const errors = body.errors ?? [];
        throw new GraphQLRequestError(
          errors.map((e) => e.message).join("; ") ||
            `The API answered ${response.status} without data`,
          response.status,
          errors,
        );
      }
      return body.data;
    },
  };
}

export type GraphQLClient = ReturnType<typeof createGraphQLClient>;
