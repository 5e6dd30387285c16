// Types for the part of obj2gltf (Cesium's OBJ to glTF converter) the pipeline uses.
declare module 'obj2gltf' {
  interface Obj2GltfOptions {
    binary?: boolean;
    /** Refuse MTL and texture files outside the OBJ's folder. */
    secure?: boolean;
    inputUpAxis?: 'X' | 'Y' | 'Z';
    outputUpAxis?: 'X' | 'Y' | 'Z';
    logger?: (message: string) => void;
  }
  /** Converts an OBJ (with its MTL and textures) to glTF JSON, or GLB bytes with `binary`. */
  export default function obj2gltf(path: string, options?: Obj2GltfOptions): Promise<Buffer>;
}
