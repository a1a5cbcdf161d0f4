import type { ReactNode } from "react";
import { cx } from "./cx.js";
import { Pictogram, type PictogramName } from "./Pictogram.js";

export interface EasyReadItem {
  id: string;
  picture: PictogramName;
  children: ReactNode;
}

export interface EasyReadListProps {
  items: readonly EasyReadItem[];
  /** Off when the person has hidden pictures; the text alone must still make sense. */
  showPictures?: boolean;
  /** Numbered, for steps or the four questions, where order carries meaning. */
  isOrdered?: boolean;
}

/**
 * The easy-read layout: one idea per row, its picture on the reading-start
 * side (it flips in right-to-left languages), text large and left-aligned.
 */
export function EasyReadList({ items, showPictures = true, isOrdered = false }: EasyReadListProps) {
  const ListTag = isOrdered ? "ol" : "ul";
  return (
    <ListTag className={cx("cetr-easy-read", !showPictures && "cetr-easy-read--no-pictures")}>
      {items.map((item) => (
        <li key={item.id} className="cetr-easy-read__item">
          {showPictures ? (
            <span className="cetr-easy-read__picture">
              <Pictogram name={item.picture} size={72} />
            </span>
          ) : null}
          <div className="cetr-easy-read__text">{item.children}</div>
        </li>
      ))}
    </ListTag>
  );
}
