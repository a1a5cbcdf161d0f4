import type { FieldError } from "@cetr/domain";
import type { ObjectRef } from "@pothos/core";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";

/**
 * A mutation payload: the changed node (null when refused) and every
 * problem, each tied to an input field.
 */
export function payload<Key extends string, Node>(
  name: string,
  key: Key,
  // biome-ignore lint/suspicious/noExplicitAny: any node ref of this builder
  nodeRef: ObjectRef<any, Node>,
  description: string,
) {
  type Shape = { [K in Key]: Node | null } & { errors: FieldError[] };
  return builder.objectRef<Shape>(name).implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      [key]: t.field({
        type: nodeRef,
        nullable: true,
        description,
        // Pothos cannot follow a computed key through its generics; the shape above is exact.
        resolve: ((p: Shape) => p[key]) as never,
      }),
      errors: t.field({
        type: [UserErrorRef],
        description:
          "Empty when the change was made; otherwise every problem, each tied to a field.",
        resolve: (p: Shape) => p.errors,
      }),
    }),
  });
}
