import { londonCalendarDate } from "@cetr/domain";
import { graphql } from "@cetr/graphql";
import { Link, Notice, Table, Tag } from "@cetr/ui";
import { data } from "react-router";
import { requireApi } from "../lib/api.server";
import { undatedDueWords } from "../lib/due-reviews";
import { SummaryList } from "../lib/fields";
import {
  DIAGNOSIS_LABELS,
  datesInWords,
  formatCalendarDate,
  formatNhsNumber,
  pageTitle,
} from "../lib/format";
import {
  ageOn,
  currentSetting,
  INTERPRETER_LABELS,
  LEGAL_STATUS_LABELS,
  mentalHealthActSectionLabel,
  PREFERRED_FORMAT_LABELS,
  REVIEW_KIND_LABELS,
  REVIEW_STATUS_LABELS,
} from "../lib/person-labels";
import registerStyles from "../lib/register.css?url";
import { RATING_TAG_COLOUR } from "../lib/register-labels";
import { decisionHref } from "../lib/request-decision";
import { OPEN_STAGES, STAGE_COLOURS, STAGE_LABELS } from "../lib/triage";
import { pluralDays, todayInEngland } from "../lib/worklist";
import {
  DUE_REVIEW_KIND_LABELS,
  RATING_MEANINGS,
  RATING_NAMES,
  RULE_LABELS,
} from "../lib/worklist-labels";
import type { Route } from "./+types/person";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: registerStyles }];

const PersonPage = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id name preferredName nhsNumber dateOfBirth diagnosis isFictional
      legalStatus mentalHealthActSection mojRestricted
      restrictedMonitoring { id reference reviewDate mojContactDueOn mojContactOverdue referredToMojOn }
      emergencyMeetings { id heldAt admissionAvoided organisation { name } }
      communicationNeeds reasonableAdjustments preferredFormat preferredLanguage interpreterNeed
      mayReadAuditTrail
      settingHistory { kind occurredOn setting provider { name } }
      settingHistoryProblem { message }
      dueReviews { kind dueOn dueCondition overdue daysOverdue reason rule section }
      reviews {
        id kind status dueOn scheduledOn heldOn
        actions { id what dueOn status isOverdue daysOverdue owner { displayName } }
      }
      reviewRequests { id stage route receivedOn formReference }
      registerEntries {
        id rating addedOn nextReviewOn removedOn minimumDatasetPercentComplete
        organisation { id name }
        ratingHistory { ratedOn }
      }
    }
    viewer { memberships { organisation { id } } }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { person, viewer } = await api.request(PersonPage, { id: params.id });
  if (!person) throw data("There is no person with this ID that you can reach", { status: 404 });
  // Offer "add to the register" only while one of the viewer's organisations has them off its register.
  const onRegisterOf = new Set(
    person.registerEntries.filter((e) => !e.removedOn).map((e) => e.organisation.id),
  );
  const canAdd = viewer.memberships.some((m) => !onRegisterOf.has(m.organisation.id));
  return { person, canAdd, today: todayInEngland() };
}

export default function Person({ loaderData }: Route.ComponentProps) {
  const { person, canAdd, today } = loaderData;
  const base = `/people/${encodeURIComponent(person.id)}`;
  const setting = currentSetting(person.settingHistory);
  const openActions = person.reviews
    .flatMap((review) => review.actions.map((action) => ({ ...action, review })))
    .filter((action) => action.status === "OPEN")
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const entries = person.registerEntries.filter((entry) => !entry.removedOn);
  // Open requests, oldest first (the order to answer them in): each leads to where it is decided,
  // so a request made through the API is never missing from the record (§14, Figure 9).
  const openRequests = person.reviewRequests
    .filter((r) => OPEN_STAGES.includes(r.stage))
    .sort((a, b) => String(a.receivedOn).localeCompare(String(b.receivedOn)));
  const legal = [
    LEGAL_STATUS_LABELS[person.legalStatus] ?? person.legalStatus,
    person.mentalHealthActSection
      ? ` (${mentalHealthActSectionLabel(person.mentalHealthActSection)})`
      : "",
  ].join("");
  return (
    <>
      <title>{pageTitle(person.name)}</title>
      <p>
        <Link href="/people" variant="back">
          People
        </Link>
      </p>
      <h1 className="cetr-heading-xl">{person.name}</h1>
      {person.preferredName && person.preferredName !== person.name ? (
        <p className="cetr-hint">Known as {person.preferredName}</p>
      ) : null}
      {person.isFictional ? (
        <p>
          <Tag colour="grey">Fictional</Tag> A demo record: the NHS number is from the 999 test
          range.
        </p>
      ) : null}
      <nav aria-label={`${person.name}'s pages`}>
        <ul className="cetr-person-links">
          <li>
            <Link href={`${base}/profile`}>One-page profile</Link>
          </li>
          <li>
            <Link href={`${base}/discharge`}>Leaving hospital</Link>
          </li>
          <li>
            <Link href={`${base}/reviews/new`}>Plan a review</Link>
          </li>
          <li>
            <Link href={`${base}/invite`}>Invite to the portal</Link>
          </li>
          {person.mayReadAuditTrail ? (
            <li>
              <Link href={`${base}/audit`}>Who has looked at this record</Link>
            </li>
          ) : null}
        </ul>
      </nav>

      <h2 className="cetr-heading-l">Summary</h2>
      <SummaryList
        rows={[
          { key: "NHS number", value: formatNhsNumber(person.nhsNumber) },
          {
            key: "Date of birth",
            value: `${formatCalendarDate(person.dateOfBirth)} (age ${ageOn(person.dateOfBirth, today)})`,
          },
          { key: "Diagnosis", value: DIAGNOSIS_LABELS[person.diagnosis] },
          {
            key: "Where they are now",
            value: setting.since
              ? `${setting.summary}, since ${formatCalendarDate(setting.since)}`
              : setting.summary,
          },
          { key: "Legal status", value: legal },
          {
            key: "Communication needs",
            value: person.communicationNeeds || "None recorded",
          },
          {
            key: "Reasonable adjustments",
            value: person.reasonableAdjustments || "None recorded",
          },
          {
            key: "Preferred format",
            value: [
              PREFERRED_FORMAT_LABELS[person.preferredFormat] ?? person.preferredFormat,
              person.preferredLanguage ? `language: ${person.preferredLanguage}` : null,
              person.interpreterNeed !== "NONE" ? INTERPRETER_LABELS[person.interpreterNeed] : null,
            ]
              .filter(Boolean)
              .join("; "),
          },
        ]}
      />

      <h2 className="cetr-heading-l">Reviews due</h2>
      {person.settingHistoryProblem ? (
        <Notice title="Due reviews cannot be worked out">
          <p>{person.settingHistoryProblem.message}</p>
        </Notice>
      ) : !person.dueReviews ? (
        <p>You cannot see the setting history that due reviews are worked out from.</p>
      ) : person.dueReviews.length === 0 ? (
        <p>No review is due now.</p>
      ) : (
        <Table
          caption="Reviews the policy says are due"
          firstCellIsHeader
          head={["Review", "Due", "Why it is due"]}
          rows={person.dueReviews.map((due) => ({
            key: `${due.kind}-${due.dueOn ?? due.dueCondition}`,
            cells: [
              DUE_REVIEW_KIND_LABELS[due.kind] ?? due.kind,
              due.dueOn ? (
                <>
                  <span className="cetr-nowrap">{formatCalendarDate(due.dueOn)}</span>
                  {due.overdue ? (
                    <>
                      <br />
                      <Tag colour="red">{`Late by ${pluralDays(due.daysOverdue)}`}</Tag>
                    </>
                  ) : null}
                </>
              ) : (
                undatedDueWords(due.dueCondition)
              ),
              <>
                {datesInWords(due.reason)}
                <br />
                <span className="cetr-hint">{`Policy ${due.section}: ${RULE_LABELS[due.rule] ?? due.rule}.`}</span>
              </>,
            ],
          }))}
        />
      )}

      <h2 className="cetr-heading-l">Open requests for a review</h2>
      {openRequests.length === 0 ? (
        <p>No request for a review is waiting for a decision.</p>
      ) : (
        <Table
          caption="Requests for a review waiting for a decision, oldest first"
          firstCellIsHeader
          head={["Asked", "Where it is", "Decision"]}
          rows={openRequests.map((r) => ({
            key: r.id,
            cells: [
              <span key="asked" className="cetr-nowrap">
                {formatCalendarDate(r.receivedOn as string)}
              </span>,
              <>
                <Tag colour={STAGE_COLOURS[r.stage]}>{STAGE_LABELS[r.stage] ?? r.stage}</Tag>
                {r.route === "SAFEGUARDING" ? (
                  <>
                    {" "}
                    <Tag colour="red">Safeguarding</Tag>
                  </>
                ) : null}
              </>,
              <Link key="decide" href={decisionHref(r)}>
                Record the decision
                <span className="cetr-visually-hidden">{` on the request of ${formatCalendarDate(r.receivedOn as string)}`}</span>
              </Link>,
            ],
          }))}
        />
      )}

      <h2 className="cetr-heading-l">Reviews</h2>
      {person.reviews.length === 0 ? (
        <p>No reviews recorded.</p>
      ) : (
        <Table
          caption="Reviews, newest first"
          firstCellIsHeader
          head={["Review", "Date", "Status"]}
          rows={person.reviews.map((review) => {
            const date = review.heldOn ?? review.scheduledOn ?? review.dueOn;
            const when = review.heldOn ? "Held" : review.scheduledOn ? "Booked for" : "Due";
            return {
              key: review.id,
              cells: [
                <Link key="review" href={`/reviews/${encodeURIComponent(review.id)}`}>
                  {REVIEW_KIND_LABELS[review.kind] ?? review.kind}
                </Link>,
                date ? `${when} ${formatCalendarDate(date)}` : "No date yet",
                REVIEW_STATUS_LABELS[review.status] ?? review.status,
              ],
            };
          })}
        />
      )}

      <h2 className="cetr-heading-l">Open actions</h2>
      {openActions.length === 0 ? (
        <p>No open actions.</p>
      ) : (
        <Table
          caption="SMART actions still open, soonest due first"
          firstCellIsHeader
          head={["Action", "Who", "Due"]}
          rows={openActions.map((action) => ({
            key: action.id,
            cells: [
              action.what,
              action.owner.displayName,
              <>
                <span className="cetr-nowrap">{formatCalendarDate(action.dueOn)}</span>
                {action.isOverdue ? (
                  <>
                    <br />
                    <Tag colour="red">{`Late by ${pluralDays(action.daysOverdue)}`}</Tag>
                  </>
                ) : null}
              </>,
            ],
          }))}
        />
      )}

      <h2 className="cetr-heading-l">Dynamic support register</h2>
      {entries.length === 0 ? (
        <p>{person.name} is not on a register you can see.</p>
      ) : (
        entries.map((entry) => {
          const latest = entry.ratingHistory[entry.ratingHistory.length - 1];
          return (
            <section key={entry.id} aria-label={`Register: ${entry.organisation.name}`}>
              <SummaryList
                rows={[
                  { key: "Register", value: entry.organisation.name },
                  {
                    key: "Rating",
                    value: (
                      <>
                        <Tag colour={RATING_TAG_COLOUR[entry.rating]}>
                          {RATING_NAMES[entry.rating]}
                        </Tag>{" "}
                        {RATING_MEANINGS[entry.rating]}
                        {latest ? `, since ${formatCalendarDate(latest.ratedOn)}` : ""}
                      </>
                    ),
                  },
                  { key: "On the register since", value: formatCalendarDate(entry.addedOn) },
                  {
                    key: "Minimum information",
                    value: `${entry.minimumDatasetPercentComplete}% complete`,
                  },
                  {
                    key: "Next register review",
                    value: entry.nextReviewOn
                      ? formatCalendarDate(entry.nextReviewOn)
                      : "No date set",
                  },
                ]}
              />
              <p>
                <Link href={`/register/${encodeURIComponent(entry.id)}`}>
                  Rating history and update the register entry
                  <span className="cetr-visually-hidden">{` (${entry.organisation.name})`}</span>
                </Link>
              </p>
            </section>
          );
        })
      )}
      {canAdd ? (
        <p>
          <Link href={`${base}/register`} variant="button">
            {entries.length === 0 ? "Add to the register" : "Add to another register"}
          </Link>
        </p>
      ) : null}

      <h2 className="cetr-heading-l">Emergency protocol meetings</h2>
      <p>
        When admission may happen and there is no time for a community review, the commissioner
        calls a Local Area Emergency Protocol meeting (Appendix 4). It is not a review.
      </p>
      {person.emergencyMeetings.length > 0 ? (
        <ul>
          {person.emergencyMeetings.map((m) => (
            <li key={m.id}>
              <Link href={`/emergency-meetings/${encodeURIComponent(m.id)}`}>
                {`Meeting on ${formatCalendarDate(londonCalendarDate(new Date(m.heldAt as string)))}`}
              </Link>
              {`, ${m.organisation.name}: admission ${m.admissionAvoided ? "avoided" : "not avoided"}`}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link href={`${base}/emergency-meetings/new`} variant="button">
          Record an emergency protocol meeting
        </Link>
      </p>

      {person.mojRestricted || person.restrictedMonitoring.length > 0 ? (
        <>
          <h2 className="cetr-heading-l">Ministry of Justice monitoring</h2>
          <p>
            {`${person.name} is a restricted patient. After each review, the monitoring table (Appendix 6) records the contact with the MoJ, due within one week when the review finds them ready to move on.`}
          </p>
          {person.restrictedMonitoring.length > 0 ? (
            <ul>
              {person.restrictedMonitoring.map((row) => (
                <li key={row.id}>
                  <Link href={`/restricted/${encodeURIComponent(row.id)}`}>
                    {`Row ${row.reference}, review of ${formatCalendarDate(row.reviewDate as string)}`}
                  </Link>
                  {row.mojContactOverdue
                    ? `: MoJ contact overdue (was due ${formatCalendarDate(row.mojContactDueOn as string)})`
                    : row.referredToMojOn
                      ? `: referred to the MoJ ${formatCalendarDate(row.referredToMojOn as string)}`
                      : ""}
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link href={`${base}/restricted/new`} variant="button">
              Add a row to the restricted patients table
            </Link>
          </p>
        </>
      ) : null}
    </>
  );
}
