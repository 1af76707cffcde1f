/** The field kit (GOV.UK pattern), shared by the officer's form and the self-assessment. */
export * from "./fields";
export * from "./date-parts";
