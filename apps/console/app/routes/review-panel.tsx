import { panelMayChange, type ReviewState } from "@cetr/domain";
import { graphql } from "@cetr/graphql";
import {
  Button,
  DateInput,
  FileUpload,
  Notice,
  RadioGroup,
  Select,
  TextArea,
  TextField,
} from "@cetr/ui";
import { useCallback } from "react";
import { Form, Link, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { SummaryList } from "../lib/fields";
import { formatCalendarDate } from "../lib/format";
import reviewStyles from "../lib/review.css?url";
import { type LoadedReview, loadReview } from "../lib/review.server";
import {
  callApi,
  hasErrors,
  newRefusal,
  placeApiErrors,
  type Refusal,
  readPosted,
  readPostedDate,
  refuse,
} from "../lib/review-forms.server";
import {
  CHAIR_KIND_LABELS,
  PANEL_ROLE_HINTS,
  PANEL_ROLE_LABELS,
  SEAT_FOR_ROLE,
  STAFF_ROLE_LABELS,
} from "../lib/review-labels";
import { BlockerList, ReviewPageTop, refusalFor, reviewPath } from "../lib/review-ui";
import type { Route } from "./+types/review-panel";

/**
 * Building the panel (§7.2.1; standards 5.1, 5.6, 5.7): a chair, an expert by
 * experience and a clinical expert, each with their conflicts of interest and
 * training recorded. What the policy says is still wrong stays at the top of
 * the page until it is put right.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

const AddMember = graphql(`
  mutation ConsoleAddPanelMember($input: AddPanelMemberInput!) {
    addPanelMember(input: $input) { panelMember { id } errors { field code message } }
  }
`);
const ChangeMember = graphql(`
  mutation ConsoleChangePanelMember($input: ChangePanelMemberInput!) {
    changePanelMember(input: $input) { panelMember { id } errors { field code message } }
  }
`);
const RemoveMember = graphql(`
  mutation ConsoleRemovePanelMember($input: RemovePanelMemberInput!) {
    removePanelMember(input: $input) { removedPanelMemberId errors { field code message } }
  }
`);
const DeclareConflict = graphql(`
  mutation ConsoleDeclarePanelConflict($input: DeclarePanelConflictInput!) {
    declarePanelConflict(input: $input) { panelMember { id } errors { field code message } }
  }
`);
const RecordTraining = graphql(`
  mutation ConsoleRecordPanelTraining($input: RecordPanelTrainingInput!) {
    recordPanelTraining(input: $input) { panelMember { id } errors { field code message } }
  }
`);

const SetPhoto = graphql(`
  mutation ConsoleSetPanelMemberPhoto($input: SetPanelMemberPhotoInput!) {
    setPanelMemberPhoto(input: $input) { panelMember { id } errors { field code message } }
  }
`);
const RemovePhoto = graphql(`
  mutation ConsoleRemovePanelMemberPhoto($input: RemovePanelMemberPhotoInput!) {
    removePanelMemberPhoto(input: $input) { panelMember { id } errors { field code message } }
  }
`);
/** Only this page shows the photos: the other pages of the review do without the images. */
const PanelPhotos = graphql(`
  query ConsolePanelPhotos($id: ID!) {
    node(id: $id) { ... on Review { panel { id photo { altText dataUrl } } } }
  }
`);

/** The profile photo's limits (ADR 0022), which the API applies again by the file's bytes. */
const MAX_PHOTO_BYTES = 1024 * 1024;
const MAX_ALT_TEXT = 150;
/** A post far over the photo limit is refused before it is read. */
const MAX_REQUEST_BYTES = 10 * MAX_PHOTO_BYTES;

const ROLES = ["CHAIR", "EXPERT_BY_EXPERIENCE", "CLINICAL_EXPERT"] as const;
const CHAIR_KINDS = ["COMMISSIONER", "DELEGATE", "LOCAL_AUTHORITY_SENIOR_MANAGER"] as const;

/** Each form's fields, in its order (the error summary's order). */
const FIELDS: Record<string, readonly string[]> = {
  add: ["userId", "role", "chairKind", "delegatedAuthority"],
  change: ["role", "chairKind", "delegatedAuthority"],
  conflict: ["hasConflict", "details"],
  training: ["completedOn"],
  photo: ["photo", "altText"],
};
const DONE: Record<string, string> = {
  add: "Added to the panel.",
  change: "Seat changed.",
  remove: "Taken off the panel.",
  conflict: "Conflicts of interest recorded.",
  training: "Training recorded.",
  photo: "Photo saved.",
  removePhoto: "Photo taken off.",
};

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api, review } = await loadReview(request, params.id);
  const photos = await api.request(PanelPhotos, { id: review.id });
  const photoOf = new Map(
    photos.node && "panel" in photos.node
      ? photos.node.panel.flatMap((seat) => (seat.photo ? [[seat.id, seat.photo] as const] : []))
      : [],
  );
  const url = new URL(request.url);
  const done = url.searchParams.get("done") ?? "";
  // "Take off the panel" is a link to this page asking to confirm, so it works without JavaScript.
  const removing = url.searchParams.get("remove");
  return {
    review,
    confirmRemove: review.panel.some((m) => m.id === removing) ? removing : null,
    photos: Object.fromEntries(photoOf) as Record<string, { altText: string; dataUrl: string }>,
    done: DONE[done] ?? null,
  };
}

/** The seat as posted by the add and change forms: the chair's kind and authority only for a chair. */
function seatChoice(values: Record<string, string>) {
  const chair = values.role === "CHAIR";
  return {
    role: values.role as never,
    chairKind: chair && values.chairKind ? (values.chairKind as never) : null,
    delegatedAuthority: chair ? values.delegatedAuthority?.trim() || null : null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    await requireApi(request);
    const refusal = newRefusal("photo", "", {});
    refusal.formErrors.push("The photo must be 1 MB or smaller");
    return refuse(refusal);
  }
  const { api, review } = await loadReview(request, params.id);
  const posted = await request.formData();
  const values = readPosted(posted);
  const intent = values.intent ?? "";
  const refusal = newRefusal(intent, values.panelMemberId ?? "", values);
  let apiErrors: { field: string; code: string; message: string }[] | undefined;
  if (intent === "photo") {
    const upload = posted.get("photo");
    const file = upload instanceof File && upload.size > 0 ? upload : null;
    const altText = values.altText?.trim() ?? "";
    if (!file) refusal.errors.photo = "Choose a photo";
    else if (file.size > MAX_PHOTO_BYTES)
      refusal.errors.photo = "The photo must be 1 MB or smaller";
    if (!altText) refusal.errors.altText = "Describe the photo, for people who cannot see it";
    else if (altText.length > MAX_ALT_TEXT)
      refusal.errors.altText = `Keep the description to ${MAX_ALT_TEXT} characters or fewer`;
    if (hasErrors(refusal) || !file) return refuse(refusal);
    const imageBase64 = Buffer.from(await file.arrayBuffer()).toString("base64");
    const result = await callApi(refusal, () =>
      api.request(SetPhoto, { input: { panelMemberId: refusal.target, imageBase64, altText } }),
    );
    apiErrors = result?.setPanelMemberPhoto.errors;
  } else if (intent === "removePhoto") {
    const result = await callApi(refusal, () =>
      api.request(RemovePhoto, { input: { panelMemberId: refusal.target } }),
    );
    apiErrors = result?.removePanelMemberPhoto.errors;
  } else if (intent === "add") {
    if (!values.userId) refusal.errors.userId = "Choose who joins the panel";
    if (!values.role) refusal.errors.role = "Choose their seat on the panel";
    if (hasErrors(refusal)) return refuse(refusal);
    const result = await callApi(refusal, () =>
      api.request(AddMember, {
        input: {
          reviewId: review.id,
          userId: values.userId as string,
          ...seatChoice(values),
        },
      }),
    );
    apiErrors = result?.addPanelMember.errors;
  } else if (intent === "change") {
    if (!values.role) refusal.errors.role = "Choose their seat on the panel";
    if (hasErrors(refusal)) return refuse(refusal);
    const result = await callApi(refusal, () =>
      api.request(ChangeMember, {
        input: {
          panelMemberId: refusal.target,
          ...seatChoice(values),
        },
      }),
    );
    apiErrors = result?.changePanelMember.errors;
  } else if (intent === "remove") {
    const result = await callApi(refusal, () =>
      api.request(RemoveMember, { input: { panelMemberId: refusal.target } }),
    );
    apiErrors = result?.removePanelMember.errors;
  } else if (intent === "conflict") {
    if (!values.hasConflict)
      refusal.errors.hasConflict = "Say whether they have a conflict of interest";
    else if (values.hasConflict === "yes" && !values.details?.trim())
      refusal.errors.details = "Describe the conflict of interest";
    if (hasErrors(refusal)) return refuse(refusal);
    const result = await callApi(refusal, () =>
      api.request(DeclareConflict, {
        input: {
          panelMemberId: refusal.target,
          hasConflict: values.hasConflict === "yes",
          details: values.hasConflict === "yes" ? (values.details ?? "") : null,
        },
      }),
    );
    apiErrors = result?.declarePanelConflict.errors;
  } else if (intent === "training") {
    const completedOn = readPostedDate(values, "completedOn", "The date of the training", refusal);
    if (!completedOn && !refusal.errors.completedOn)
      refusal.errors.completedOn = "Enter the date they completed review training";
    if (hasErrors(refusal) || !completedOn) return refuse(refusal);
    const result = await callApi(refusal, () =>
      api.request(RecordTraining, { input: { panelMemberId: refusal.target, completedOn } }),
    );
    apiErrors = result?.recordPanelTraining.errors;
  } else refusal.formErrors.push("This page changed meanwhile: look again and try once more.");
  if (apiErrors)
    placeApiErrors(
      refusal,
      apiErrors,
      {
        userId: "userId",
        role: "role",
        chairKind: "chairKind",
        delegatedAuthority: "delegatedAuthority",
        details: "details",
        completedOn: "completedOn",
        imageBase64: "photo",
        altText: "altText",
      },
      ["completedOn"],
    );
  if (refusal.unavailable || hasErrors(refusal)) return refuse(refusal);
  throw redirect(`${reviewPath(review.id, "panel")}?done=${intent}`, { status: 303 });
}

type Member = LoadedReview["panel"][number];

function conflictLine(m: Member): string {
  if (!m.conflictDeclaredAt) return "Not declared yet";
  const on = formatCalendarDate(m.conflictDeclaredAt.slice(0, 10));
  return m.hasConflict
    ? `Has a conflict: ${m.conflictDetails ?? ""} (declared ${on})`
    : `None (declared ${on})`;
}

export default function ReviewPanel({ loaderData, actionData }: Route.ComponentProps) {
  const { review, photos, done, confirmRemove } = loaderData;
  const mayChange = panelMayChange(review.status as ReviewState);
  const refusal = actionData as Refusal | undefined;
  const failedIndex = review.panel.findIndex((m) => m.id === refusal?.target);
  const seated = new Set(review.panel.map((m) => m.user.id));
  const freeSeats = ROLES.filter((r) => !review.panel.some((m) => m.role === r));
  // One entry per person, with every panel role they hold.
  const candidates = [
    ...review.panelCandidates
      .filter((c) => !seated.has(c.user.id))
      .reduce((byUser, c) => {
        const entry = byUser.get(c.user.id) ?? { ...c.user, roles: [] as string[] };
        entry.roles.push(c.role);
        return byUser.set(c.user.id, entry);
      }, new Map<string, { id: string; displayName: string; roles: string[] }>())
      .values(),
  ];
  const add = refusalFor(refusal, "add");
  return (
    <>
      <ReviewPageTop
        review={review}
        heading="The panel"
        refusal={refusal}
        fields={refusal ? (FIELDS[refusal.intent] ?? []) : []}
        idOf={(field) => (refusal?.intent === "add" ? field : `${field}-${failedIndex}`)}
      >
        {done && !refusal ? (
          <Notice title="Saved" variant="success" role="status">
            <p>{done}</p>
          </Notice>
        ) : null}
      </ReviewPageTop>
      <p>
        Every review needs a chair, an expert by experience and a clinical expert (§7.2.1). Each of
        them declares any conflict of interest (standard 5.7) and has done review training (standard
        5.6).
      </p>
      {review.panelBreaches.length > 0 ? (
        <Notice title="The panel is not ready yet" variant="warning">
          <BlockerList blockers={review.panelBreaches} />
        </Notice>
      ) : (
        <Notice title="The panel is ready" variant="success">
          <p>It meets the policy's rules (§7.2.1; standards 5.1, 5.6, 5.7).</p>
        </Notice>
      )}

      <h2 className="cetr-heading-l">Who is on the panel</h2>
      {review.panel.length === 0 ? <p>Nobody yet.</p> : null}
      {mayChange ? null : (
        <p>
          The review has been held, so the panel can no longer change: nobody can be added, moved or
          removed. It is the record of who held it.
        </p>
      )}
      {review.panel.map((member, index) => (
        <MemberItem
          key={member.id}
          member={member}
          photo={photos[member.id] ?? null}
          index={index}
          refusal={refusal}
          seats={mayChange ? [member.role, ...freeSeats] : null}
          confirmingRemoval={confirmRemove === member.id}
          panelPath={reviewPath(review.id, "panel")}
        />
      ))}

      {/* Held: the explanation above says why there is no way to add anyone. */}
      {!mayChange ? null : (
        <>
          <h2 className="cetr-heading-l">Add someone to the panel</h2>
          {freeSeats.length === 0 ? (
            <p>Every seat is filled.</p>
          ) : candidates.length === 0 ? (
            <p>
              Nobody else at {review.commissioningOrganisation.name} can sit on panels. An
              administrator can add commissioners, experts by experience and clinical experts to the
              organisation.
            </p>
          ) : (
            <Form key={review.panel.length} method="post" noValidate>
              <input type="hidden" name="intent" value="add" />
              <Select
                id="userId"
                name="userId"
                label="Who?"
                hint={`People at ${review.commissioningOrganisation.name} who sit on review panels.`}
                options={candidates.map((c) => ({
                  value: c.id,
                  label: `${c.displayName} (${c.roles.map((r) => STAFF_ROLE_LABELS[r] ?? r).join(", ")})`,
                }))}
                emptyOptionLabel="Choose someone"
                defaultValue={add?.values.userId}
                isInvalid={Boolean(add?.errors.userId)}
                errorMessage={add?.errors.userId}
              />
              <RadioGroup
                id="role"
                name="role"
                legend="Which seat?"
                options={freeSeats.map((r) => ({
                  value: r,
                  label: PANEL_ROLE_LABELS[r] ?? r,
                  hint: PANEL_ROLE_HINTS[r],
                }))}
                defaultValue={
                  add?.values.role ??
                  (candidates.length === 1
                    ? freeSeats.find((s) =>
                        candidates[0]?.roles.some((r) => SEAT_FOR_ROLE[r] === s),
                      )
                    : undefined)
                }
                isInvalid={Boolean(add?.errors.role)}
                errorMessage={add?.errors.role}
              />
              {freeSeats.includes("CHAIR") ? (
                <>
                  <RadioGroup
                    id="chairKind"
                    name="chairKind"
                    legend="If they chair: in what capacity?"
                    hint="The commissioner chairs unless they delegate, or a local authority senior manager chairs a CETR for someone under 18 with everyone's agreement (§7.2.1, §28)."
                    options={CHAIR_KINDS.map((k) => ({
                      value: k,
                      label: CHAIR_KIND_LABELS[k] ?? k,
                    }))}
                    defaultValue={add?.values.chairKind ?? "COMMISSIONER"}
                    isInvalid={Boolean(add?.errors.chairKind)}
                    errorMessage={add?.errors.chairKind}
                  />
                  <TextField
                    id="delegatedAuthority"
                    name="delegatedAuthority"
                    label="If delegated: who delegated to them, and how? (optional)"
                    hint="For example, “Delegated by Grace Holt, head of commissioning, by email on 3 November”"
                    defaultValue={add?.values.delegatedAuthority ?? ""}
                    isInvalid={Boolean(add?.errors.delegatedAuthority)}
                    errorMessage={add?.errors.delegatedAuthority}
                  />
                </>
              ) : null}
              <Button type="submit">Add to the panel</Button>
            </Form>
          )}
        </>
      )}
    </>
  );
}

function MemberItem({
  member,
  photo,
  index,
  refusal,
  seats,
  confirmingRemoval,
  panelPath,
}: {
  member: Member;
  photo: { altText: string; dataUrl: string } | null;
  index: number;
  refusal: Refusal | undefined;
  /** The seats they could move to (their own first), or null once the panel may not change. */
  seats: readonly string[] | null;
  confirmingRemoval: boolean;
  panelPath: string;
}) {
  const change = refusalFor(refusal, "change", member.id);
  // With JavaScript the link does not reload the page: move focus to the question it opens.
  const focusOnShow = useCallback((node: HTMLDivElement | null) => node?.focus(), []);
  const photoRefusal = refusalFor(refusal, "photo", member.id);
  const name = member.user.displayName;
  const conflict = refusalFor(refusal, "conflict", member.id);
  const training = refusalFor(refusal, "training", member.id);
  const seat =
    member.role === "CHAIR" && member.chairKind
      ? `Chair: ${(CHAIR_KIND_LABELS[member.chairKind] ?? member.chairKind).toLowerCase()}`
      : (PANEL_ROLE_LABELS[member.role] ?? member.role);
  return (
    <section className="cetr-review-item" aria-labelledby={`member-${index}`}>
      <h3 className="cetr-heading-m" id={`member-${index}`}>
        {name}
      </h3>
      {photo ? <img className="cetr-review-photo" src={photo.dataUrl} alt={photo.altText} /> : null}
      <SummaryList
        rows={[
          { key: "Seat", value: seat },
          ...(member.role === "CHAIR" && member.chairKind === "DELEGATE"
            ? [{ key: "Delegated authority", value: member.delegatedAuthority ?? "Not recorded" }]
            : []),
          { key: "Conflicts of interest", value: conflictLine(member) },
          {
            key: "Review training",
            value: member.trainingCompletedOn
              ? `Completed ${formatCalendarDate(member.trainingCompletedOn)}`
              : "Not recorded",
          },
        ]}
      />
      {confirmingRemoval ? (
        <div id={`remove-${index}`} tabIndex={-1} ref={focusOnShow}>
          <Notice title={`Take ${name} off the panel?`} variant="warning">
            <p>
              Their seat becomes empty, with their conflicts of interest, training and photo. The
              panel is not ready until someone takes the seat.
            </p>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="panelMemberId" value={member.id} />
              <Button type="submit" variant="warning">
                Yes, take {name} off the panel
              </Button>
            </Form>
            <p>
              <Link to={panelPath}>No, keep {name} on the panel</Link>
            </p>
          </Notice>
        </div>
      ) : null}
      {seats ? (
        <details
          key={`seat-${member.role}-${member.chairKind ?? ""}-${member.delegatedAuthority ?? ""}`}
          className="cetr-review-details"
          open={Boolean(change)}
        >
          <summary>Change {name}'s seat</summary>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="change" />
            <input type="hidden" name="panelMemberId" value={member.id} />
            <RadioGroup
              id={`role-${index}`}
              name="role"
              legend="Which seat?"
              hint="Only a free seat, or the one they have now."
              options={seats.map((r) => ({ value: r, label: PANEL_ROLE_LABELS[r] ?? r }))}
              defaultValue={change?.values.role ?? member.role}
              isInvalid={Boolean(change?.errors.role)}
              errorMessage={change?.errors.role}
            />
            <RadioGroup
              id={`chairKind-${index}`}
              name="chairKind"
              legend="If they chair: in what capacity?"
              options={CHAIR_KINDS.map((k) => ({ value: k, label: CHAIR_KIND_LABELS[k] ?? k }))}
              defaultValue={change?.values.chairKind ?? member.chairKind ?? "COMMISSIONER"}
              isInvalid={Boolean(change?.errors.chairKind)}
              errorMessage={change?.errors.chairKind}
            />
            <TextField
              id={`delegatedAuthority-${index}`}
              name="delegatedAuthority"
              label="If delegated: who delegated to them, and how? (optional)"
              defaultValue={change?.values.delegatedAuthority ?? member.delegatedAuthority ?? ""}
              isInvalid={Boolean(change?.errors.delegatedAuthority)}
              errorMessage={change?.errors.delegatedAuthority}
            />
            <Button type="submit">Save the seat</Button>
          </Form>
        </details>
      ) : null}
      {/* Keyed like its form: after a save it closes again, with or without JavaScript. */}
      <details
        key={`conflict-${member.conflictDeclaredAt ?? "none"}`}
        className="cetr-review-details"
        open={Boolean(conflict)}
      >
        <summary>Record {name}'s conflicts of interest</summary>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="conflict" />
          <input type="hidden" name="panelMemberId" value={member.id} />
          <RadioGroup
            id={`hasConflict-${index}`}
            name="hasConflict"
            legend={`Does ${name} have a conflict of interest?`}
            hint="For example, they work in the person's care team or know the family. When a conflict has been dealt with, record it again as “No”."
            options={[
              { value: "no", label: "No" },
              { value: "yes", label: "Yes" },
            ]}
            defaultValue={conflict?.values.hasConflict}
            isInline
            isInvalid={Boolean(conflict?.errors.hasConflict)}
            errorMessage={conflict?.errors.hasConflict}
          />
          <TextArea
            id={`details-${index}`}
            name="details"
            label="If yes: what is the conflict?"
            defaultValue={conflict?.values.details ?? ""}
            errorMessage={conflict?.errors.details}
            rows={3}
          />
          <Button type="submit">Save the declaration</Button>
        </Form>
      </details>
      <details
        key={`training-${member.trainingCompletedOn ?? "none"}`}
        className="cetr-review-details"
        open={Boolean(training)}
      >
        <summary>Record {name}'s review training</summary>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="training" />
          <input type="hidden" name="panelMemberId" value={member.id} />
          <DateInput
            id={`completedOn-${index}`}
            name="completedOn"
            legend="When did they complete review training?"
            hint="For example, 12 2 2025"
            defaultValue={{
              day: training?.values["completedOn-day"] ?? "",
              month: training?.values["completedOn-month"] ?? "",
              year: training?.values["completedOn-year"] ?? "",
            }}
            errorMessage={training?.errors.completedOn}
            invalidParts={training?.invalidParts.completedOn ?? []}
          />
          <Button type="submit">Save the training date</Button>
        </Form>
      </details>
      <details
        key={`photo-${photo?.dataUrl.length ?? 0}-${photo?.altText ?? ""}`}
        className="cetr-review-details"
        open={Boolean(photoRefusal)}
      >
        <summary>{photo ? `Change or remove ${name}'s photo` : `Add a photo of ${name}`}</summary>
        <p>
          The person and their family see it when they prepare for the review, so they know who they
          will meet (standard 5.3). Only add a photo {name} has agreed to share.
        </p>
        <Form method="post" encType="multipart/form-data" noValidate>
          <input type="hidden" name="intent" value="photo" />
          <input type="hidden" name="panelMemberId" value={member.id} />
          <FileUpload
            id={`photo-${index}`}
            name="photo"
            label="Photo"
            hint={`A JPEG or PNG of 1 MB or less.${photoRefusal ? " Choose the file again." : ""}`}
            accept="image/jpeg,image/png"
            errorMessage={photoRefusal?.errors.photo}
          />
          <TextField
            id={`altText-${index}`}
            name="altText"
            label="Describe the photo, for people who cannot see it"
            hint={`${MAX_ALT_TEXT} characters or fewer. For example, “${name} smiling, wearing glasses”`}
            defaultValue={photoRefusal?.values.altText ?? photo?.altText ?? ""}
            isInvalid={Boolean(photoRefusal?.errors.altText)}
            errorMessage={photoRefusal?.errors.altText}
          />
          <Button type="submit">Save the photo</Button>
        </Form>
        {photo ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="removePhoto" />
            <input type="hidden" name="panelMemberId" value={member.id} />
            <Button type="submit" variant="secondary">
              Remove the photo
            </Button>
          </Form>
        ) : null}
      </details>
      {seats && !confirmingRemoval ? (
        <p>
          <Link to={`${panelPath}?remove=${encodeURIComponent(member.id)}#remove-${index}`}>
            Take {name} off the panel
          </Link>
        </p>
      ) : null}
    </section>
  );
}
