import type { Messages } from "@cetr/i18n";
import { EasyReadList, type PictogramName } from "@cetr/ui";
import type { ReactNode } from "react";
import { HelpContent } from "../components/HelpContent";
import { Ideas } from "../components/Ideas";
import { usePageText, usePreferences } from "../lib/preferences";

type Welcome = Messages["welcome"];

const whatPictures = {
  meeting: "meeting",
  forWhom: "person",
  adults: "adult",
  listened: "listen",
} satisfies Record<keyof Welcome["what"]["points"], PictogramName>;

const whyPictures = {
  risk: "worried",
  inHospital: "hospital",
  closeToHome: "home",
  consent: "yes",
} satisfies Record<keyof Welcome["why"]["points"], PictogramName>;

const questionPictures = {
  safe: "safe",
  care: "care",
  future: "future",
  hospital: "hospitalOrHome",
} satisfies Record<keyof Welcome["questions"]["items"], PictogramName>;

const panelPictures = {
  chair: "chair",
  expertByExperience: "expert",
  clinicalExpert: "clinician",
} satisfies Record<keyof Welcome["who"]["panel"], PictogramName>;

const whoPictures = {
  you: "person",
  family: "family",
  advocate: "advocate",
  team: "team",
  names: "nameBadge",
} satisfies Record<keyof Welcome["who"]["points"], PictogramName>;

const preparePictures = {
  planner: "planner",
  profile: "profile",
  adjustments: "clock",
  ask: "question",
} satisfies Record<keyof Welcome["prepare"]["points"], PictogramName>;

const afterPictures = {
  findings: "talk",
  report: "report",
  actions: "actions",
  updates: "letter",
  followUp: "calendar",
} satisfies Record<keyof Welcome["after"]["points"], PictogramName>;

const sections = ["what", "why", "questions", "who", "prepare", "after", "help"] as const;
type SectionId = (typeof sections)[number];

function keysOf<T extends object>(record: T): Array<keyof T & string> {
  return Object.keys(record) as Array<keyof T & string>;
}

/**
 * The welcome page for young people and parent carers: what a CETR is, the
 * four questions, who comes, how to get ready and what happens afterwards.
 */
export default function WelcomePage() {
  const { t } = usePageText();
  const { register, pictures: showPictures } = usePreferences();
  const isEasyRead = register === "easyRead";

  const sectionHeading = (id: SectionId) =>
    id === "help" ? t("help.heading") : t(`welcome.${id}.heading`);

  return (
    <>
      <title>{`${t("welcome.title")} – ${t("common.serviceName")}`}</title>
      <div className="cetr-readable">
        <h1>{t("welcome.title")}</h1>
        <p className="cetr-lead">{t("welcome.lead")}</p>
        <p>
          {t("request.welcomeLead")} <a href="/request">{t("request.welcomeLink")}</a>
        </p>
      </div>

      <nav className="cetr-contents" aria-labelledby="contents-title">
        <h2 id="contents-title" className="cetr-contents__title">
          {t("welcome.contentsLabel")}
        </h2>
        <ul className="cetr-contents__list">
          {sections.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{sectionHeading(id)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="what" heading={sectionHeading("what")}>
        <Ideas pictures={whatPictures} text={(id) => t(`welcome.what.points.${id}`)} />
      </Section>

      <Section id="why" heading={sectionHeading("why")}>
        <Ideas pictures={whyPictures} text={(id) => t(`welcome.why.points.${id}`)} />
      </Section>

      <Section id="questions" heading={sectionHeading("questions")} isWide={!isEasyRead}>
        <p className="cetr-readable">{t("welcome.questions.intro")}</p>
        {isEasyRead ? (
          <EasyReadList
            isOrdered
            showPictures={showPictures}
            items={keysOf(questionPictures).map((id) => ({
              id,
              picture: questionPictures[id],
              children: (
                <>
                  <p>
                    <strong>{t(`welcome.questions.items.${id}.question`)}</strong>
                  </p>
                  <p>{t(`welcome.questions.items.${id}.detail`)}</p>
                </>
              ),
            }))}
          />
        ) : (
          <ol className="cetr-card-grid cetr-card-grid--questions">
            {keysOf(questionPictures).map((id) => (
              <li key={id} className="cetr-card">
                <h3 className="cetr-card__title">{t(`welcome.questions.items.${id}.question`)}</h3>
                <p>{t(`welcome.questions.items.${id}.detail`)}</p>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="who" heading={sectionHeading("who")} isWide={!isEasyRead}>
        <p className="cetr-readable">{t("welcome.who.intro")}</p>
        {isEasyRead ? (
          <EasyReadList
            showPictures={showPictures}
            items={keysOf(panelPictures).map((id) => ({
              id,
              picture: panelPictures[id],
              children: (
                <>
                  <p>
                    <strong>{t(`welcome.who.panel.${id}.term`)}</strong>
                  </p>
                  <p>{t(`welcome.who.panel.${id}.detail`)}</p>
                </>
              ),
            }))}
          />
        ) : (
          <ul className="cetr-card-grid">
            {keysOf(panelPictures).map((id) => (
              <li key={id} className="cetr-card">
                <h3 className="cetr-card__title">{t(`welcome.who.panel.${id}.term`)}</h3>
                <p>{t(`welcome.who.panel.${id}.detail`)}</p>
              </li>
            ))}
          </ul>
        )}
        <div className="cetr-readable">
          <p>{t("welcome.who.othersIntro")}</p>
          <Ideas
            pictures={whoPictures}
            text={(id) => t(`welcome.who.points.${id}`)}
            plainAs="bullets"
          />
        </div>
      </Section>

      <Section id="prepare" heading={sectionHeading("prepare")}>
        <Ideas pictures={preparePictures} text={(id) => t(`welcome.prepare.points.${id}`)} />
      </Section>

      <Section id="after" heading={sectionHeading("after")}>
        <Ideas pictures={afterPictures} text={(id) => t(`welcome.after.points.${id}`)} />
      </Section>

      <Section id="help" heading={sectionHeading("help")}>
        <HelpContent />
      </Section>
    </>
  );
}

function Section({
  id,
  heading,
  isWide = false,
  children,
}: {
  id: SectionId;
  heading: string;
  /** Card grids use the full width; running text stays at a readable line length. */
  isWide?: boolean;
  children: ReactNode;
}) {
  return (
    <section id={id} className="cetr-section">
      <div className={isWide ? undefined : "cetr-readable"}>
        <h2 id={`${id}-heading`}>{heading}</h2>
        {children}
      </div>
    </section>
  );
}
