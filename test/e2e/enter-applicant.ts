/**
 * Type a minimal applicant into the officer's form as a person would: the
 * screening date, high school, and each job with one kind of work.
 */
import type { Page } from "playwright-core";
import { EXPERIENCE_KIND_INFO, HIGH_SCHOOL_LABELS, type ExperienceKind, type HighSchool } from "../../src/engine/vocabulary";

export interface TypedApplicant {
  name?: string;
  asOf: string;
  education: { highSchool: HighSchool };
  experience: Array<{ employer: string; start: string; end: string; hoursPerWeek: number; kinds: ExperienceKind[] }>;
}

export async function enterApplicant(page: Page, applicant: TypedApplicant): Promise<void> {
  if (applicant.name) await page.getByRole("textbox", { name: "Name" }).fill(applicant.name);
  await page.getByRole("textbox", { name: "Screening date" }).fill(applicant.asOf);
  await page.getByRole("radio", { name: HIGH_SCHOOL_LABELS[applicant.education.highSchool], exact: true }).check();
  for (const [i, job] of applicant.experience.entries()) {
    await page.getByRole("button", { name: "Add a job" }).click();
    const fields = page.getByRole("group", { name: `Job ${i + 1}` });
    await fields.getByRole("textbox", { name: "Employer" }).fill(job.employer);
    await fields.getByRole("textbox", { name: "Start date" }).fill(job.start);
    await fields.getByRole("textbox", { name: "End date" }).fill(job.end);
    await fields.getByRole("textbox", { name: "Hours per week" }).fill(String(job.hoursPerWeek));
    const kinds = fields.getByRole("group", { name: "Kinds of work" });
    for (const kind of job.kinds) await kinds.getByRole("checkbox", { name: EXPERIENCE_KIND_INFO[kind].label, exact: true }).check();
  }
}
