/**
 * The officer's form values and the applicant file format, both ways: the
 * value types and their defaults (applicant-form-model.ts) and the
 * conversion to the file format (form-to-applicant.ts, which imports only the
 * model's types, so the two modules do not import each other).
 */
export * from "./applicant-form-model";
export * from "./form-to-applicant";
export * from "./form-offers";
