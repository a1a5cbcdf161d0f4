export { Button, type ButtonProps } from "./Button.js";
export {
  Checkboxes,
  type CheckboxesProps,
  type CheckboxOption,
} from "./Checkboxes.js";
export { DateInput, type DateInputProps, type DatePart } from "./DateInput.js";
export { type EasyReadItem, EasyReadList, type EasyReadListProps } from "./EasyReadList.js";
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from "./ErrorSummary.js";
export {
  ErrorMessage,
  type ErrorMessageProps,
  FieldError,
  type FieldErrorProps,
} from "./FieldError.js";
export { FileUpload, type FileUploadProps } from "./FileUpload.js";
export { Footer, type FooterLink, type FooterProps } from "./Footer.js";
export { Form, type FormProps } from "./Form.js";
export { Header, type HeaderProps, type NavigationItem } from "./Header.js";
export { Link, type LinkProps } from "./Link.js";
export { InsetText, type InsetTextProps, Notice, type NoticeProps } from "./Notice.js";
export { Main, type MainProps, PageLayout, type PageLayoutProps } from "./PageLayout.js";
export { Pagination, type PaginationProps } from "./Pagination.js";
export { Pictogram, type PictogramName, type PictogramProps, pictogramNames } from "./Pictogram.js";
export { PrintButton } from "./PrintButton.js";
export {
  ProfileSheet,
  type ProfileSheetProps,
  type ProfileSheetSection,
} from "./ProfileSheet.js";
export { RadioGroup, type RadioGroupProps, type RadioOption } from "./RadioGroup.js";
export { Select, type SelectOption, type SelectProps } from "./Select.js";
export { SkipLink, type SkipLinkProps } from "./SkipLink.js";
export {
  Table,
  TableBody,
  type TableBodyProps,
  type TableProps,
  type TableRow,
} from "./Table.js";
export { Tag, type TagProps } from "./Tag.js";
export { TextArea, type TextAreaProps } from "./TextArea.js";
export { TextField, type TextFieldProps } from "./TextField.js";
export { VisuallyHidden } from "./VisuallyHidden.js";
