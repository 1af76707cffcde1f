/**
 * What the pool (CSV columns, parser, error locations) reads from the table of
 * applicant fields beyond its words: paths, allowed values and the fields saved
 * only when given. Apart from applicant-fields.ts so the officer page's first
 * download does not carry them.
 */
import { APPLICANT_FIELDS, FIELD_LISTS, type ApplicantField, type FieldGroup } from "./applicant-fields";

/** The field's path in the applicant file, lists written `[]`: `experience[].hoursPerWeek`, `education.highSchool`. */
export const fieldPath = (f: ApplicantField): string => (f.group === "applicant" ? f.name : `${FIELD_LISTS[f.group].path}[].${f.name}`);

/** The fields of a group saved only when given (`plain`), in the table's order. */
export const plainFields = (group: FieldGroup): ApplicantField[] => APPLICANT_FIELDS.filter((f) => f.group === group && f.plain !== undefined);

/** The allowed values of a field, if it has a closed list. */
export const allowedValues = (f: ApplicantField | undefined): readonly string[] | undefined => f?.options?.map((o) => o.value);
