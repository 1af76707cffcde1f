/**
 * The form's `control` and `register` for every part of the form. Unlike
 * react-hook-form's FormProvider, the value never changes, so a keystroke in
 * one job never re-renders the other forty-nine.
 */
import { createContext, useContext } from "react";
import type { Control, UseFormGetFieldState, UseFormGetValues, UseFormRegister, UseFormTrigger } from "react-hook-form";
import type { ApplicantFormValues } from "../../lib/applicant-form";

export interface FormParts {
  control: Control<ApplicantFormValues>;
  register: UseFormRegister<ApplicantFormValues>;
  getValues: UseFormGetValues<ApplicantFormValues>;
  trigger: UseFormTrigger<ApplicantFormValues>;
  getFieldState: UseFormGetFieldState<ApplicantFormValues>;
  /** Say something to screen readers through the page's polite status region. */
  announce: (message: string) => void;
}

export const FormPartsContext = createContext<FormParts | null>(null);

export function useFormParts(): FormParts {
  const parts = useContext(FormPartsContext);
  if (!parts) throw new Error("useFormParts must be used inside the applicant form");
  return parts;
}
