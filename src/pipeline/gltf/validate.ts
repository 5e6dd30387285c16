import { validateBytes } from 'gltf-validator';

/** The parts of a Khronos validator report the pipeline looks at. */
export interface ValidationSummary {
  errors: number;
  warnings: number;
  messages: { code: string; message: string; severity: number; pointer?: string }[];
  info: { drawCallCount?: number; totalTriangleCount?: number; totalVertexCount?: number };
}

/** Runs the Khronos glTF validator on GLB/glTF bytes. */
export async function validateGlb(bytes: Uint8Array): Promise<ValidationSummary> {
  const report = await validateBytes(bytes, { maxIssues: 50, ignoredIssues: ['UNSUPPORTED_EXTENSION'] });
  return {
    errors: report.issues.numErrors,
    warnings: report.issues.numWarnings,
    messages: report.issues.messages,
    info: report.info ?? {},
  };
}
