// Problem details → GOV.UK error summary and inline field errors. The API names the field in
// `errors[].path` ("text", "items.2.text"); forms give each field the matching id (see fieldId).
import type { FieldError } from '@psp/contracts';
import { paths } from '@/config/paths';
import { isApiError } from './api-client';

export interface FormErrors {
  /** Messages in the order the summary lists them, each linking to its field when it has one. */
  summary: { href?: string; text: string }[];
  byField: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { summary: [], byField: {} };

/** The element id of the field the API calls `path`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

export function formErrorsFrom(fieldErrors: FieldError[], aliases: Record<string, string> = {}): FormErrors {
  const byField: Record<string, string> = {};
  const summary: FormErrors['summary'] = [];
  for (const error of fieldErrors) {
    // An alias may name a list ("responseIds") for the errors of its items ("responseIds.2").
    const path = aliases[error.path] ?? aliases[error.path.replace(/\.\d+(\..*)?$/, '')] ?? error.path;
    if (path && !(path in byField)) {
      byField[path] = error.message;
      summary.push({ href: `#${fieldId(path)}`, text: error.message });
    } else if (!path) {
      summary.push({ text: error.message });
    }
  }
  return { summary, byField };
}

/** Errors to show after a failed write: field errors when the API gave them, else its detail. */
export function formErrorsFromError(error: unknown, aliases: Record<string, string> = {}): FormErrors {
  if (isApiError(error, 401)) {
    // The session ended (idle timeout, or signed out in another tab). Forms keep their text in
    // this tab's storage, so signing in again and coming back loses nothing.
    const here = typeof window === 'undefined' ? '/' : `${window.location.pathname}${window.location.search}`;
    return { summary: [{ href: paths.signIn.href(here), text: 'Your sign-in has ended. Sign in again to save your changes.' }], byField: {} };
  }
  if (isApiError(error)) {
    if (error.fieldErrors.length) return formErrorsFrom(error.fieldErrors, aliases);
    return { summary: [{ text: error.problem.detail || error.problem.title }], byField: {} };
  }
  return { summary: [{ text: 'Sorry, there is a problem with the service. Try again later.' }], byField: {} };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.summary.length > 0;
}
