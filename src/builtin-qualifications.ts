/**
 * The class series shipped with the screener, in the order they are reported.
 * Add a series by adding its file to qualifications/ and a line here.
 */
import university from "../qualifications/university-customer-service.json" with { type: "json" };
import jobFamily from "../qualifications/customer-service-job-family.json" with { type: "json" };
import washington from "../qualifications/washington-customer-services-specialist.json" with { type: "json" };
import minnesota from "../qualifications/minnesota-customer-service-specialist.json" with { type: "json" };

export const BUILTIN_QUALIFICATION_FILES: Array<{ file: string; data: unknown }> = [
  { file: "university-customer-service.json", data: university },
  { file: "customer-service-job-family.json", data: jobFamily },
  { file: "washington-customer-services-specialist.json", data: washington },
  { file: "minnesota-customer-service-specialist.json", data: minnesota },
];
