/** The file's bytes as base64 (no data: prefix), for the upload procedure's JSON body. */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? "");
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

/** Same limit as the server (packages/api/src/forms/upload-form-pdf.ts); saves sending a hopeless file. */
export const maxUploadBytes = 10 * 1024 * 1024;
