import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, Link, Notice, RadioGroup, TextField } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { pageTitle } from "../lib/format";
import {
  ADVOCATE_KIND_LABELS,
  ADVOCATE_KINDS,
  EMAIL_FORMATS,
  expiryInWords,
  isOneOf,
  RELATIONSHIPS,
  type Relationship,
  relationshipHint,
  relationshipInput,
  relationshipLabel,
} from "../lib/invitation";
import { forgetSent, readSent, rememberSent } from "../lib/invitation-sent.server";
import type { Route } from "./+types/person-invite";

const InvitePerson = graphql(`
  query InvitePerson($id: ID!) {
    person(id: $id) { id name }
  }
`);

const InviteToPortal = graphql(`
  mutation InviteToPortal($input: InviteToPortalInput!) {
    inviteToPortal(input: $input) { sent expiresAt errors { field code message } }
  }
`);

type Field = "email" | "relationship" | "advocateKind" | "description" | "format";
const FIELDS: readonly Field[] = ["relationship", "advocateKind", "email", "description", "format"];

/** The API names its input fields; two of them are one question on this form. */
const FROM_API: Record<string, Field> = {
  email: "email",
  kind: "relationship",
  hasParentalResponsibility: "relationship",
  advocateKind: "advocateKind",
  description: "description",
  format: "format",
};

const invitePath = (id: string) => `/people/${encodeURIComponent(id)}/invite`;

async function loadPerson(request: Request, id: string) {
  const api = await requireApi(request);
  const { person } = await api.request(InvitePerson, { id });
  if (!person) throw data("There is no person with this ID that you can reach", { status: 404 });
  // The full name, as on the person's other console pages: staff must be sure who it is.
  return { api, person: { id: person.id, name: person.name } };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { person } = await loadPerson(request, params.id);
  const sent = new URL(request.url).searchParams.has("sent")
    ? await readSent(request, person.id)
    : null;
  const headers = sent ? { "Set-Cookie": await forgetSent() } : undefined;
  return data({ person, sent }, { headers });
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, person } = await loadPerson(request, params.id);
  const form = await request.formData();
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  const values = {
    email: text("email"),
    relationship: text("relationship"),
    advocateKind: text("advocateKind"),
    description: text("description"),
    format: text("format") || "PLAIN",
  };
  const relationship = isOneOf(RELATIONSHIPS, values.relationship) ? values.relationship : null;
  const advocateKind = isOneOf(ADVOCATE_KINDS, values.advocateKind) ? values.advocateKind : null;
  const grant = relationship
    ? relationshipInput(relationship, advocateKind)
    : { kind: null, hasParentalResponsibility: false, advocateKind: null };

  let result: { sent: boolean; expiresAt: unknown; errors: { field: string; message: string }[] };
  try {
    result = (
      await api.request(InviteToPortal, {
        input: {
          personId: person.id,
          email: values.email,
          kind: grant.kind,
          hasParentalResponsibility: grant.hasParentalResponsibility,
          // Set only for an advocate: a choice left over from changing one's mind is not sent.
          advocateKind: grant.advocateKind,
          description: values.description.trim() || null,
          format: isOneOf(EMAIL_FORMATS, values.format) ? values.format : "PLAIN",
        },
      })
    ).inviteToPortal;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return data(
      { values, errors: {} as Partial<Record<Field, string>>, formErrors: [], unavailable: true },
      { status: 503 },
    );
  }
  if (result.sent && result.errors.length === 0 && relationship) {
    const path = invitePath(params.id);
    throw redirect(`${path}?sent=1`, {
      status: 303,
      headers: {
        "Set-Cookie": await rememberSent({
          personId: person.id,
          email: values.email.trim(),
          relationship,
          expiresAt: typeof result.expiresAt === "string" ? result.expiresAt : null,
        }),
      },
    });
  }
  const errors: Partial<Record<Field, string>> = {};
  const formErrors: string[] = [];
  for (const error of result.errors) {
    const field = FROM_API[error.field];
    if (field) errors[field] ??= error.message;
    else formErrors.push(error.message);
  }
  return data({ values, errors, formErrors, unavailable: false }, { status: 400 });
}

export default function PersonInvite({ loaderData, actionData }: Route.ComponentProps) {
  const { person, sent } = loaderData;
  const back = `/people/${encodeURIComponent(person.id)}`;
  if (sent)
    return <Sent name={person.name} sent={sent} again={invitePath(person.id)} back={back} />;

  const values = actionData?.values;
  const errors = actionData?.errors ?? {};
  const formErrors = actionData?.formErrors ?? [];
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors,
    summary: errorSummaryItems(FIELDS, errors),
  };
  const heading = `Invite someone to the family portal for ${person.name}`;
  return (
    <div className="cetr-readable">
      <title>{pageTitle(heading, hasProblems(problems))}</title>
      <Link href={back} variant="back">
        Back to {person.name}
      </Link>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not send the invitation"
        unavailableText="Nothing has been sent."
        formErrorsTitle="Sorry, you cannot send this invitation"
      />
      <h1 className="cetr-heading-xl">{heading}</h1>
      <p>
        We will email them a link to the family portal. It works for 14 days. When they open it,
        they sign in with that email address and confirm who they are; only then can they see{" "}
        {person.name}'s record.
      </p>
      <Form method="post" noValidate>
        <RadioGroup
          id="relationship"
          name="relationship"
          legend="Who are you inviting?"
          options={RELATIONSHIPS.map((value: Relationship) => ({
            value,
            label: relationshipLabel(value, person.name),
            hint: relationshipHint(value, person.name),
          }))}
          defaultValue={values?.relationship}
          isInvalid={Boolean(errors.relationship)}
          errorMessage={errors.relationship}
        />
        {/* Always shown, not revealed by script: the form works without JavaScript. */}
        <RadioGroup
          id="advocateKind"
          name="advocateKind"
          legend="If you are inviting an advocate, what kind of advocate are they?"
          options={ADVOCATE_KINDS.map((value) => ({ value, label: ADVOCATE_KIND_LABELS[value] }))}
          defaultValue={values?.advocateKind}
          isInvalid={Boolean(errors.advocateKind)}
          errorMessage={errors.advocateKind}
        />
        <TextField
          id="email"
          name="email"
          type="email"
          label="Their email address"
          hint="The invitation only works when they sign in with this address"
          autoComplete="off"
          spellCheck="false"
          defaultValue={values?.email ?? ""}
          isInvalid={Boolean(errors.email)}
          errorMessage={errors.email}
        />
        <TextField
          id="description"
          name="description"
          label={`How are they related to ${person.name}? (optional)`}
          hint="For example, Mum, older brother or foster carer"
          autoComplete="off"
          width="20"
          defaultValue={values?.description ?? ""}
          isInvalid={Boolean(errors.description)}
          errorMessage={errors.description}
        />
        <RadioGroup
          id="format"
          name="format"
          legend="How should the email be written?"
          options={[
            { value: "PLAIN", label: "Plain English" },
            {
              value: "EASY_READ",
              label: "Easy read",
              hint: "Short sentences with a picture beside each idea",
            },
          ]}
          defaultValue={values?.format ?? "PLAIN"}
          isInvalid={Boolean(errors.format)}
          errorMessage={errors.format}
        />
        <Button type="submit">Send invitation</Button>
      </Form>
    </div>
  );
}

function Sent({
  name,
  sent,
  again,
  back,
}: {
  name: string;
  sent: { email: string; relationship: string; expiresAt: string | null };
  again: string;
  back: string;
}) {
  const relationship = isOneOf(RELATIONSHIPS, sent.relationship)
    ? relationshipLabel(sent.relationship, name).toLowerCase()
    : null;
  return (
    <div className="cetr-readable">
      <title>{pageTitle("Invitation sent")}</title>
      <Notice title="Invitation sent" variant="success" role="status">
        <p>
          We have emailed an invitation to <strong>{sent.email}</strong>
          {relationship ? ` as ${relationship}` : ""}.
        </p>
      </Notice>
      <h1 className="cetr-heading-xl">Invitation sent</h1>
      <h2>What happens next</h2>
      <ul>
        <li>They open the link in the email and sign in with that address.</li>
        <li>They confirm who they are and how they are related to {name}.</li>
        <li>
          The link works until {sent.expiresAt ? expiryInWords(sent.expiresAt) : "it expires"}. If
          it runs out, send a new one.
        </li>
      </ul>
      <p>
        <Link href={again}>Invite someone else</Link>
      </p>
      <p>
        <Link href={back}>Back to {name}</Link>
      </p>
    </div>
  );
}
