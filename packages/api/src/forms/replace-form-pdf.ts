import type { DbOrTx } from "@kakanai/db";
import type { FormDef } from "@kakanai/engine";
import { type FieldToPlace, refitForm } from "./refit-form";
import { uploadFormPdf } from "./upload-form-pdf";

export interface ReplacedFormPdf {
  /** The form on its new base PDF, to put in the editor's local draft (the save bar saves it). */
  form: FormDef;
  fileName: string;
  /** Fields that kept their place (and all of them their mapping). */
  kept: number;
  /** Fields to place again on the new PDF: kept with their mapping, put back inside the page. */
  toPlace: FieldToPlace[];
}

/**
 * A department's own PDF in place of a form's current one (a standard layout or an earlier upload).
 * The file is checked and stored like any upload (refused: nothing stored, nothing changed); the
 * form keeps its key, title, department and every field's mapping, so the procedures and flows that
 * print it keep printing it and the publish diff reports 「元のPDF」 as changed.
 */
export async function replaceFormPdf(
  db: DbOrTx,
  params: { form: FormDef; bytes: Uint8Array; fileName: string; municipalityId: string; uploadedBy: string },
): Promise<ReplacedFormPdf> {
  const upload = await uploadFormPdf(db, {
    bytes: params.bytes,
    fileName: params.fileName,
    municipalityId: params.municipalityId,
    uploadedBy: params.uploadedBy,
  });
  const { form, kept, toPlace } = refitForm(params.form, upload);
  return { form, fileName: upload.fileName, kept, toPlace };
}
