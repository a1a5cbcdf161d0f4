import { type Register, readabilityAdvice } from "@cetr/domain";

const REGISTER_NAMES: Record<Register, string> = {
  PLAIN: "plain English",
  EASY_READ: "easy read",
};

const shorten = (sentence: string) =>
  sentence.length > 90 ? `${sentence.slice(0, 87).trimEnd()}…` : sentence;

/**
 * The readability check shown beside a report as it is written: the rules
 * the portal's own easy read is tested against (@cetr/domain), as advice.
 * Not a live region: announcing it on every key press would drown the writer.
 */
export function ReadabilityAdvice({
  id,
  text,
  register,
}: {
  id: string;
  text: string;
  register: Register;
}) {
  const advice = readabilityAdvice(text, register);
  const nothing =
    advice.longSentences.length === 0 &&
    advice.longWords.length === 0 &&
    advice.jargon.length === 0;
  return (
    <section className="cetr-readability" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="cetr-heading-s">
        Readability advice for the {REGISTER_NAMES[register]} version
      </h3>
      {advice.wordCount === 0 ? (
        <p>Start writing and advice will show here.</p>
      ) : (
        <>
          <p>
            {advice.wordCount} words in {advice.sentenceCount}{" "}
            {advice.sentenceCount === 1 ? "sentence" : "sentences"}. Aim for sentences of{" "}
            {advice.maxSentenceWords} words or fewer.
          </p>
          {nothing ? <p>No long sentences, long words or jargon found.</p> : null}
          {advice.longSentences.length > 0 ? (
            <>
              <p>
                <strong>Long sentences ({advice.longSentences.length}):</strong> try splitting them.
              </p>
              <ul>
                {advice.longSentences.map((s, i) => (
                  <li key={i}>
                    “{shorten(s.sentence)}” ({s.words} words)
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {advice.longWords.length > 0 ? (
            <p>
              <strong>Long words:</strong> {advice.longWords.join(", ")}. Is there a shorter word?
            </p>
          ) : null}
          {advice.jargon.length > 0 ? (
            <p>
              <strong>Jargon:</strong> {advice.jargon.join(", ")}.{" "}
              {register === "EASY_READ"
                ? "Easy read should not use these words."
                : "Explain these words, or use everyday ones."}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
