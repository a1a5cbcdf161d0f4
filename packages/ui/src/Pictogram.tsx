import type { ReactElement } from "react";

/*
 * Easy-read pictures, drawn here rather than downloaded so their licence and
 * meaning are ours to control. They sit beside text that already says
 * everything, so they are decorative to assistive technology (aria-hidden).
 * Palette: NHS blue, dark text colour and one accent per picture, every
 * shape outlined in dark so pictures stay legible for people with low vision.
 */

const blue = "#005eb8";
const dark = "#212b32";
const pale = "#e8f1f8";
const green = "#007f3b";
const warm = "#ffb81c";
const pink = "#ae2573";
const white = "#ffffff";
const line = {
  stroke: dark,
  strokeWidth: 2.5,
  strokeLinejoin: "round",
  strokeLinecap: "round",
} as const;

function Figure({
  x,
  y,
  scale = 1,
  fill = blue,
}: {
  x: number;
  y: number;
  scale?: number;
  fill?: string;
}) {
  const r = 6.5 * scale;
  const w = 11 * scale;
  const top = y + r + 3 * scale;
  const bottom = top + 16 * scale;
  return (
    <g>
      <circle cx={x} cy={y} r={r} fill={fill} {...line} />
      <path
        d={`M${x - w} ${bottom} V${top + w} A${w} ${w} 0 0 1 ${x + w} ${top + w} V${bottom} Z`}
        fill={fill}
        {...line}
      />
    </g>
  );
}

function Page({
  x = 14,
  y = 6,
  w = 36,
  h = 50,
}: {
  x?: number;
  y?: number;
  w?: number;
  h?: number;
}) {
  return (
    <path
      d={`M${x} ${y} H${x + w - 10} L${x + w} ${y + 10} V${y + h} H${x} Z M${x + w - 10} ${y} V${y + 10} H${x + w}`}
      fill={white}
      {...line}
    />
  );
}

function Tick({ d, colour = green }: { d: string; colour?: string }) {
  return (
    <path
      d={d}
      fill="none"
      stroke={colour}
      strokeWidth={5}
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  );
}

const pictures = {
  meeting: (
    <>
      <Figure x={14} y={14} scale={0.85} />
      <Figure x={32} y={10} scale={0.85} fill={warm} />
      <Figure x={50} y={14} scale={0.85} fill={green} />
      <rect x={4} y={40} width={56} height={8} rx={2} fill={pale} {...line} />
      <path d="M12 48 V58 M52 48 V58" {...line} />
    </>
  ),
  person: <Figure x={32} y={16} scale={1.3} />,
  family: (
    <>
      <Figure x={18} y={12} scale={1} fill={blue} />
      <Figure x={46} y={12} scale={1} fill={green} />
      <Figure x={32} y={30} scale={0.75} fill={warm} />
    </>
  ),
  adult: (
    <>
      <Figure x={24} y={12} scale={1.1} fill={green} />
      <Figure x={46} y={28} scale={0.7} fill={blue} />
    </>
  ),
  listen: (
    <>
      <Figure x={22} y={22} scale={1.1} />
      <path
        d="M40 18 q6 6 0 12 M46 13 q11 11 0 22 M52 8 q16 16 0 32"
        fill="none"
        {...line}
        stroke={blue}
      />
    </>
  ),
  worried: (
    <>
      <circle cx={32} cy={32} r={25} fill={warm} {...line} />
      <circle cx={23} cy={28} r={3} fill={dark} />
      <circle cx={41} cy={28} r={3} fill={dark} />
      <path d="M17 19 l9 -3 M47 19 l-9 -3" {...line} />
      <path d="M22 46 q10 -9 20 0" fill="none" {...line} />
    </>
  ),
  hospital: (
    <>
      <rect x={8} y={16} width={48} height={42} fill={white} {...line} />
      <rect x={24} y={6} width={16} height={16} fill={blue} {...line} />
      <path d="M32 9 V19 M27 14 H37" stroke={white} strokeWidth={3.5} strokeLinecap="round" />
      <rect x={26} y={42} width={12} height={16} fill={pale} {...line} />
      <rect x={13} y={28} width={8} height={8} fill={pale} {...line} />
      <rect x={43} y={28} width={8} height={8} fill={pale} {...line} />
    </>
  ),
  home: (
    <>
      <path d="M8 30 L32 8 L56 30" fill="none" {...line} />
      <path d="M14 26 V58 H50 V26 L32 10 Z" fill={pale} {...line} />
      <rect x={27} y={40} width={11} height={18} fill={green} {...line} />
      <rect x={18} y={32} width={8} height={8} fill={white} {...line} />
      <rect x={40} y={32} width={8} height={8} fill={white} {...line} />
    </>
  ),
  yes: (
    <>
      <circle cx={32} cy={32} r={25} fill={pale} {...line} />
      <Tick d="M20 33 L29 42 L45 23" />
    </>
  ),
  safe: (
    <>
      <path
        d="M32 5 L54 13 V30 C54 44 44 54 32 59 C20 54 10 44 10 30 V13 Z"
        fill={blue}
        {...line}
      />
      <Tick d="M21 32 L29 40 L43 24" colour={white} />
    </>
  ),
  care: (
    <path
      d="M32 56 C14 42 6 33 6 22 C6 13 13 7 21 7 C26 7 30 10 32 14 C34 10 38 7 43 7 C51 7 58 13 58 22 C58 33 50 42 32 56 Z"
      fill={pink}
      {...line}
    />
  ),
  future: (
    <>
      <path d="M30 8 V60" {...line} strokeWidth={4} />
      <path d="M32 12 H52 L58 18 L52 24 H32 Z" fill={green} {...line} />
      <path d="M28 28 H10 L4 34 L10 40 H28 Z" fill={warm} {...line} />
      <path d="M20 60 H42" {...line} />
    </>
  ),
  hospitalOrHome: (
    <>
      <rect x={4} y={24} width={24} height={32} fill={white} {...line} />
      <path d="M16 30 V42 M10 36 H22" stroke={blue} strokeWidth={4} strokeLinecap="round" />
      <path d="M36 40 L48 28 L60 40 V56 H36 Z" fill={pale} {...line} />
      <rect x={44} y={44} width={8} height={12} fill={green} {...line} />
      <path d="M29 14 q3 -8 9 -4 q4 3 -2 8 q-3 2 -3 6" fill="none" {...line} stroke={blue} />
      <circle cx={33} cy={30} r={1.8} fill={blue} />
    </>
  ),
  chair: (
    <>
      <Figure x={24} y={14} scale={1.1} />
      <rect x={38} y={26} width={20} height={28} rx={2} fill={white} {...line} />
      <rect x={44} y={23} width={8} height={6} rx={1} fill={warm} {...line} />
      <path d="M42 36 H54 M42 42 H54 M42 48 H50" {...line} strokeWidth={2} />
    </>
  ),
  expert: (
    <>
      <Figure x={28} y={24} scale={1.1} fill={green} />
      <path
        d="M50 4 L53 11 L60 11.5 L54.5 16 L56.5 23 L50 19 L43.5 23 L45.5 16 L40 11.5 L47 11 Z"
        fill={warm}
        {...line}
        strokeWidth={2}
      />
    </>
  ),
  clinician: (
    <>
      <Figure x={32} y={14} scale={1.3} fill={white} />
      <path
        d="M24 28 V40 a8 8 0 0 0 16 0 V28"
        fill="none"
        stroke={blue}
        strokeWidth={3}
        strokeLinecap="round"
      />
      <circle cx={32} cy={49} r={4} fill={blue} {...line} strokeWidth={2} />
      <path d="M32 48 V44" stroke={blue} strokeWidth={3} />
    </>
  ),
  advocate: (
    <>
      <Figure x={18} y={26} scale={0.95} />
      <Figure x={44} y={26} scale={0.95} fill={green} />
      <path d="M30 4 H60 V20 H44 L38 26 V20 H30 Z" fill={white} {...line} />
      <path d="M36 12 H54" {...line} />
    </>
  ),
  team: (
    <>
      <Figure x={12} y={20} scale={0.8} fill={green} />
      <Figure x={32} y={14} scale={0.95} fill={white} />
      <Figure x={52} y={20} scale={0.8} fill={warm} />
    </>
  ),
  nameBadge: (
    <>
      <rect x={6} y={14} width={52} height={38} rx={4} fill={white} {...line} />
      <circle cx={21} cy={29} r={6} fill={blue} {...line} strokeWidth={2} />
      <path d="M13 45 a8 7 0 0 1 16 0" fill={blue} {...line} strokeWidth={2} />
      <path d="M34 26 H52 M34 34 H50 M34 42 H46" {...line} />
      <path d="M26 14 V8 H38 V14" fill="none" {...line} />
    </>
  ),
  planner: (
    <>
      <rect x={8} y={8} width={36} height={48} rx={2} fill={blue} {...line} />
      <rect x={14} y={14} width={24} height={10} rx={1} fill={white} {...line} strokeWidth={2} />
      <path d="M58 20 L36 52 L32 58 L34 51 L55 18 Z" fill={warm} {...line} />
    </>
  ),
  profile: (
    <>
      <Page />
      <circle cx={27} cy={22} r={6} fill={blue} {...line} strokeWidth={2} />
      <path d="M19 36 a8 7 0 0 1 16 0" fill={blue} {...line} strokeWidth={2} />
      <path d="M20 44 H44 M20 50 H38" {...line} />
      <path d="M38 26 l3 -3 l3 3 l-3 5 z" fill={pink} />
    </>
  ),
  clock: (
    <>
      <circle cx={32} cy={32} r={25} fill={white} {...line} />
      <path d="M32 16 V32 L43 39" fill="none" {...line} strokeWidth={3.5} stroke={blue} />
      <circle cx={32} cy={32} r={2.5} fill={dark} />
    </>
  ),
  question: (
    <>
      <path d="M6 8 H58 V44 H30 L18 56 V44 H6 Z" fill={pale} {...line} />
      <path
        d="M25 20 q1 -8 8 -8 q8 0 8 7 q0 5 -5 7 q-3 2 -3 6"
        fill="none"
        {...line}
        strokeWidth={4}
        stroke={blue}
      />
      <circle cx={33} cy={38} r={2.5} fill={blue} />
    </>
  ),
  talk: (
    <>
      <path d="M6 8 H58 V44 H30 L18 56 V44 H6 Z" fill={white} {...line} />
      <circle cx={20} cy={26} r={3.5} fill={blue} />
      <circle cx={32} cy={26} r={3.5} fill={blue} />
      <circle cx={44} cy={26} r={3.5} fill={blue} />
    </>
  ),
  report: (
    <>
      <Page />
      <path d="M20 22 H40 M20 30 H44 M20 38 H44 M20 46 H34" {...line} />
    </>
  ),
  actions: (
    <>
      <rect x={8} y={6} width={48} height={52} rx={3} fill={white} {...line} />
      <Tick d="M14 18 l4 4 l7 -8" />
      <Tick d="M14 32 l4 4 l7 -8" />
      <rect x={14} y={42} width={10} height={10} fill="none" {...line} strokeWidth={2} />
      <path d="M30 18 H50 M30 32 H50 M30 47 H46" {...line} />
    </>
  ),
  letter: (
    <>
      <rect x={6} y={14} width={52} height={36} rx={3} fill={white} {...line} />
      <path d="M8 17 L32 36 L56 17" fill="none" {...line} />
    </>
  ),
  calendar: (
    <>
      <rect x={6} y={12} width={52} height={46} rx={3} fill={white} {...line} />
      <path d="M6 24 H58" {...line} />
      <rect x={6} y={12} width={52} height={12} rx={3} fill={blue} {...line} />
      <path d="M18 6 V16 M46 6 V16" {...line} strokeWidth={4} />
      <Tick d="M22 41 l7 7 l13 -15" />
    </>
  ),
  // A phone to call someone: no number on it, so it never reads as "call 999".
  phone: (
    <>
      <rect x={16} y={4} width={32} height={56} rx={5} fill={dark} {...line} />
      <rect x={20} y={12} width={24} height={38} fill={white} />
      <path d="M26 22 q6 -6 12 0 M26 30 q6 -6 12 0" fill="none" {...line} strokeWidth={2.5} />
      <circle cx={32} cy={55} r={2} fill={white} />
    </>
  ),
  // Only where the words say "in an emergency, call 999".
  emergencyPhone: (
    <>
      <rect x={16} y={4} width={32} height={56} rx={5} fill={dark} {...line} />
      <rect x={20} y={12} width={24} height={38} fill={white} />
      <text
        x={32}
        y={36}
        textAnchor="middle"
        fontFamily="Arial, sans-serif"
        fontWeight="bold"
        fontSize={12}
        fill="#d5281b"
      >
        999
      </text>
    </>
  ),
  handRaised: (
    <>
      <Figure x={26} y={22} scale={1.1} />
      <path d="M40 34 L50 10" {...line} strokeWidth={5} stroke={dark} />
      <circle cx={51} cy={8} r={4.5} fill={blue} {...line} strokeWidth={2} />
    </>
  ),
} satisfies Record<string, ReactElement>;

export type PictogramName = keyof typeof pictures;

export const pictogramNames = Object.keys(pictures) as PictogramName[];

export interface PictogramProps {
  name: PictogramName;
  /** Rendered size in CSS pixels; the drawing scales. */
  size?: number;
  className?: string;
}

export function Pictogram({ name, size = 64, className }: PictogramProps) {
  return (
    <svg
      viewBox="0 0 64 64"
      width={size}
      height={size}
      className={className ?? "cetr-pictogram"}
      aria-hidden="true"
      focusable="false"
      data-pictogram={name}
    >
      {pictures[name]}
    </svg>
  );
}
