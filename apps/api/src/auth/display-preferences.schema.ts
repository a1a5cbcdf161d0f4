import type { User } from "@cetr/db";
import { builder } from "../schema/builder.js";
import { BadUserInputError } from "../schema/errors.js";
import { ViewerRef } from "./auth.schema.js";

/**
 * How the family portal shows itself to a signed-in account (ADR 0019): the
 * language, easy read, pictures and text size the person picked, so another
 * phone or computer starts the same way. Only ever the viewer's own: on
 * `Viewer`, never on `User`, and set only by a signed-in person (not by a
 * partner system, and not for anyone else).
 */

const DisplayTextSizeEnum = builder.enumType("DisplayTextSize", {
  description: "The family portal's text size: the page's root font size.",
  values: ["STANDARD", "LARGE", "LARGEST"] as const,
});

type DisplayPreferences = Pick<
  User,
  "displayLanguage" | "displayEasyRead" | "displayPictures" | "displayTextSize"
>;

const DisplayPreferencesRef = builder
  .objectRef<DisplayPreferences>("DisplayPreferences")
  .implement({
    description: "What you chose for how the family portal looks. Null where you have not chosen.",
    authScopes: { viaParent: true },
    fields: (t) => ({
      language: t.string({
        nullable: true,
        description: 'BCP 47 tag of the portal language, e.g. "ur", "pl".',
        resolve: (p) => p.displayLanguage,
      }),
      easyRead: t.boolean({ nullable: true, resolve: (p) => p.displayEasyRead }),
      pictures: t.boolean({
        nullable: true,
        description: "Pictures beside easy-read ideas.",
        resolve: (p) => p.displayPictures,
      }),
      textSize: t.field({
        type: DisplayTextSizeEnum,
        nullable: true,
        resolve: (p) => p.displayTextSize,
      }),
    }),
  });

const select = {
  displayLanguage: true,
  displayEasyRead: true,
  displayPictures: true,
  displayTextSize: true,
} as const;

builder.objectField(ViewerRef, "displayPreferences", (t) =>
  t.field({
    type: DisplayPreferencesRef,
    nullable: true,
    description: "Your own portal display choices (null unless you are signed in as a person).",
    resolve: (_v, _args, ctx) =>
      ctx.viewer.kind === "user"
        ? ctx.db.prisma.user.findUnique({ where: { id: ctx.viewer.userId }, select })
        : null,
  }),
);

/** A language tag as the portal writes it: "ur", "pl", "pt-BR". Anything else is a mistake. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;

builder.mutationField("setMyDisplayPreferences", (t) =>
  t.field({
    type: DisplayPreferencesRef,
    description:
      "Remembers how the family portal should look for your account. Leave a field out to keep it as it is.",
    authScopes: { user: true },
    args: {
      input: t.arg({
        type: builder.inputType("SetMyDisplayPreferencesInput", {
          fields: (f) => ({
            language: f.string({ description: 'A BCP 47 tag, e.g. "ur".' }),
            easyRead: f.boolean(),
            pictures: f.boolean(),
            textSize: f.field({ type: DisplayTextSizeEnum }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.viewer.kind !== "user") throw new Error("unreachable: authScopes require a user");
      if (input.language != null && !LANGUAGE_TAG.test(input.language)) {
        throw new BadUserInputError('language must be a BCP 47 tag, like "ur" or "pl"');
      }
      return ctx.db.prisma.user.update({
        where: { id: ctx.viewer.userId },
        data: {
          displayLanguage: input.language ?? undefined,
          displayEasyRead: input.easyRead ?? undefined,
          displayPictures: input.pictures ?? undefined,
          displayTextSize: input.textSize ?? undefined,
        },
        select,
      });
    },
  }),
);
