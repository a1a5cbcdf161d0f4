import { createGraphQLClient } from "@cetr/graphql";
import { env } from "../env.server";

/** The one way the console reaches data: the GraphQL API, from the server. */
export const api = createGraphQLClient({ url: env.API_URL });
