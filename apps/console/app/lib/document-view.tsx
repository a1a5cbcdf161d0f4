import type { DocumentModel } from "./document";

/**
 * A document as a web page: the same headings, paragraphs and lists as its
 * PDF, in a readable column that prints cleanly (styles.css hides the site
 * around it when printed).
 */
export function DocumentView({ document }: { document: DocumentModel }) {
  return (
    <article className="cetr-readable" lang={document.lang} aria-labelledby="document-title">
      <h1 id="document-title" className="cetr-heading-xl">
        {document.title}
      </h1>
      <p className="cetr-hint">{document.subtitle}</p>
      {document.blocks.map((block, index) => {
        const key = `${block.kind}-${index}`;
        switch (block.kind) {
          case "heading":
            return (
              <h2 key={key} className="cetr-heading-l">
                {block.text}
              </h2>
            );
          case "paragraph":
            return (
              <p key={key} className="cetr-pre-line">
                {block.text}
              </p>
            );
          case "list":
            return (
              <ul key={key}>
                {block.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            );
          case "figure":
            return <img key={key} src={block.dataUrl} alt={block.alt} width={120} />;
        }
        return null;
      })}
    </article>
  );
}
