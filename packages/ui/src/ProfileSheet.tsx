import type { ReactNode } from "react";
import { Pictogram, type PictogramName } from "./Pictogram.js";

export interface ProfileSheetSection {
  id: string;
  title: string;
  /** Easy read's picture beside the heading; none when pictures are off or in plain English. */
  picture?: PictogramName | null;
  /** The answer as written (line breaks kept), or null when nobody has written one. */
  answer: string | null;
  /** "Written by …", under the answer. */
  writtenBy?: ReactNode;
}

export interface ProfileSheetProps {
  /** The sheet's heading: whose profile it is. */
  title: string;
  /** Which version this is: "Sent to the review team on …". */
  subtitle?: ReactNode;
  sections: readonly ProfileSheetSection[];
  /** Shown in a section nobody has written yet. */
  emptyText: string;
  /** The page's own heading level for the sheet; its sections are one level below. */
  headingLevel?: 1 | 2;
  /** The optional photo (a data: URL or image address) and its alt text, beside the title. */
  photo?: { src: string; alt: string } | null;
}

/**
 * A one-page profile as one sheet: the family portal and the staff console
 * show and print the same layout. On screen it is one column on a phone and
 * two beside each other on wider screens; printed (styles.css, "Print") it
 * is a compact two-column A4 page without the rest of the site.
 */
export function ProfileSheet({
  title,
  subtitle,
  sections,
  emptyText,
  headingLevel = 2,
  photo,
}: ProfileSheetProps) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const SectionHeading = headingLevel === 1 ? "h2" : "h3";
  return (
    <article className="cetr-profile-sheet" aria-labelledby="cetr-profile-sheet-title">
      <header className="cetr-profile-sheet__header">
        {photo ? (
          <img className="cetr-profile-sheet__photo" src={photo.src} alt={photo.alt} />
        ) : null}
        <div>
          <Heading id="cetr-profile-sheet-title" className="cetr-profile-sheet__title">
            {title}
          </Heading>
          {subtitle ? <p className="cetr-profile-sheet__subtitle">{subtitle}</p> : null}
        </div>
      </header>
      <div className="cetr-profile-sheet__grid">
        {sections.map((section) => (
          <section
            key={section.id}
            className="cetr-profile-sheet__box"
            aria-labelledby={`cetr-profile-${section.id}`}
          >
            <SectionHeading
              id={`cetr-profile-${section.id}`}
              className="cetr-profile-sheet__heading"
            >
              {section.picture ? <Pictogram name={section.picture} size={40} /> : null}
              <span>{section.title}</span>
            </SectionHeading>
            {section.answer ? (
              <p className="cetr-profile-sheet__answer">{section.answer}</p>
            ) : (
              <p className="cetr-profile-sheet__empty">{emptyText}</p>
            )}
            {section.answer && section.writtenBy ? (
              <p className="cetr-profile-sheet__author">{section.writtenBy}</p>
            ) : null}
          </section>
        ))}
      </div>
    </article>
  );
}
