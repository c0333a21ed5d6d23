/** The form's labels live with the screening's vocabulary, where a comparison of versions reads them too. */
export { AMENDMENT_REASON_PATH, FIELD_PATHS, labelOf, orderOf } from "@/lib/screening/field-labels";
