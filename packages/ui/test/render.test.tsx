import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  Button,
  DateInput,
  EasyReadList,
  ErrorSummary,
  FileUpload,
  Form,
  PageLayout,
  RadioGroup,
  Select,
  Table,
  TextField,
} from "../src/index.js";

function attribute(html: string, tag: string, name: string): string | undefined {
  const element = html.match(new RegExp(`<${tag}\\b[^>]*>`))?.[0] ?? "";
  return element.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

function idOfElementWithClass(html: string, className: string): string | undefined {
  const element = html.match(new RegExp(`<[a-z]+\\b[^>]*class="${className}"[^>]*>`))?.[0] ?? "";
  return element.match(/\sid="([^"]*)"/)?.[1];
}

describe("ErrorSummary", () => {
  const html = renderToString(
    <ErrorSummary
      errors={[
        { fieldId: "full-name", message: "Enter your full name" },
        { fieldId: "dob", message: "Date of birth must be in the past" },
      ]}
    />,
  );

  it("is an alert titled 'There is a problem' that takes focus without JavaScript", () => {
    expect(html).toContain('role="alert"');
    expect(html).toContain('tabindex="-1"');
    expect(html).toMatch(/<h2[^>]*>There is a problem<\/h2>/);
    expect(attribute(html, "div", "aria-labelledby")).toBe("cetr-error-summary-title");
  });

  it("links each message to its field's id", () => {
    expect(html).toContain('<a href="#full-name">Enter your full name</a>');
    expect(html).toContain('<a href="#dob">Date of birth must be in the past</a>');
  });

  it("renders nothing when there are no errors", () => {
    expect(renderToString(<ErrorSummary errors={[]} />)).toBe("");
  });
});

describe("TextField", () => {
  it("wires label, hint and error to the input for a server-posted field", () => {
    const html = renderToString(
      <Form method="post">
        <TextField
          id="full-name"
          name="fullName"
          label="Full name"
          hint="As it appears on letters from the hospital"
          defaultValue="Sam"
          isInvalid
          errorMessage="Enter your full name"
        />
      </Form>,
    );
    expect(attribute(html, "input", "id")).toBe("full-name");
    expect(attribute(html, "input", "name")).toBe("fullName");
    expect(attribute(html, "input", "value")).toBe("Sam");
    expect(attribute(html, "input", "aria-invalid")).toBe("true");
    expect(attribute(html, "label", "for")).toBe("full-name");

    const describedBy = attribute(html, "input", "aria-describedby")?.split(" ") ?? [];
    expect(describedBy).toHaveLength(2);
    expect(describedBy).toContain(idOfElementWithClass(html, "cetr-hint"));
    expect(describedBy).toContain(idOfElementWithClass(html, "cetr-error-message"));
    expect(html).toMatch(/Error: <\/span>Enter your full name/);
  });

  it("has no error and no aria-invalid when valid", () => {
    const html = renderToString(<TextField name="fullName" label="Full name" />);
    expect(attribute(html, "input", "aria-invalid")).toBeUndefined();
    expect(html).not.toContain("cetr-error-message");
  });
});

describe("native fallbacks", () => {
  it("DateInput posts three named parts and links the error to the fieldset", () => {
    const html = renderToString(
      <DateInput
        id="dob"
        name="dob"
        legend="What is your date of birth?"
        hint="For example, 27 3 2012"
        errorMessage="Date of birth must include a year"
        invalidParts={["year"]}
      />,
    );
    expect(html).toContain('name="dob-day"');
    expect(html).toContain('name="dob-month"');
    expect(html).toContain('name="dob-year"');
    expect(attribute(html, "input", "id")).toBe("dob");
    expect(attribute(html, "fieldset", "aria-describedby")).toBe("dob-hint dob-error");
    expect(html).toMatch(
      /id="dob-year"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="dob-year"/,
    );
  });

  it("Select and RadioGroup work as plain form controls", () => {
    const select = renderToString(
      <Select
        id="where"
        name="where"
        label="Where would you like to meet?"
        options={[
          { value: "in-person", label: "In person" },
          { value: "video", label: "Video call" },
        ]}
        defaultValue="video"
      />,
    );
    expect(select).toMatch(/<option value="video" selected="">Video call<\/option>/);
    expect(attribute(select, "label", "for")).toBe("where");

    const radios = renderToString(
      <RadioGroup
        id="consent"
        name="consent"
        legend="Do you agree?"
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
        isInvalid
        errorMessage="Select yes or no"
      />,
    );
    expect(attribute(radios, "input", "id")).toBe("consent");
    expect(radios).toContain('id="consent-2"');
    expect(attribute(radios, "fieldset", "aria-describedby")).toBe("consent-error");
  });
});

describe("FileUpload", () => {
  it("is a native file input, its hint and error linked, that a multipart form posts", () => {
    const html = renderToString(
      <FileUpload
        id="photo-0"
        name="photo"
        label="Photo"
        hint="A JPEG or PNG of 1 MB or less."
        accept="image/jpeg,image/png"
        errorMessage="Choose a photo"
      />,
    );
    expect(attribute(html, "input", "type")).toBe("file");
    expect(attribute(html, "input", "name")).toBe("photo");
    expect(attribute(html, "input", "accept")).toBe("image/jpeg,image/png");
    expect(attribute(html, "label", "for")).toBe("photo-0");
    expect(attribute(html, "input", "aria-describedby")).toBe("photo-0-hint photo-0-error");
    expect(attribute(html, "input", "aria-invalid")).toBe("true");
    expect(html).toContain("Error: </span>Choose a photo");
  });
});

describe("layout", () => {
  it("has a skip link to a focusable main landmark", () => {
    const html = renderToString(
      <PageLayout skipLinkText="Skip to main content" header={<header />} footer={<footer />}>
        <h1>Title</h1>
      </PageLayout>,
    );
    expect(html.indexOf('href="#main-content"')).toBeLessThan(html.indexOf("<header"));
    expect(html).toContain('<main id="main-content" tabindex="-1"');
  });

  it("Table labels each cell with its column for the stacked small-screen view", () => {
    const html = renderToString(
      <Table
        caption="Actions"
        head={["Action", "Who", "By when"]}
        rows={[{ key: "a1", cells: ["Find a school place", "Alex Smith", "1 March 2027"] }]}
        firstCellIsHeader
      />,
    );
    expect(html).toContain('<th scope="row" data-label="Action">Find a school place</th>');
    expect(html).toContain('<td data-label="By when">1 March 2027</td>');
  });

  it("EasyReadList hides pictures from assistive technology and can drop them", () => {
    const items = [{ id: "safe", picture: "safe", children: "Am I safe?" }] as const;
    const withPictures = renderToString(<EasyReadList items={items} />);
    expect(withPictures).toContain('aria-hidden="true"');
    const without = renderToString(<EasyReadList items={items} showPictures={false} />);
    expect(without).not.toContain("<svg");
    expect(without).toContain("Am I safe?");
  });

  it("Button submits a name and value without JavaScript", () => {
    const html = renderToString(
      <Button type="submit" name="easyRead" value="on">
        Switch to easy read
      </Button>,
    );
    expect(attribute(html, "button", "type")).toBe("submit");
    expect(attribute(html, "button", "name")).toBe("easyRead");
    expect(attribute(html, "button", "value")).toBe("on");
  });
});
