// The study's counting passes: one fragment per cell or façade patch, adding one to its red channel in each
// step in which it is nearer the sun than what the sun's depth map saw there (exact in 8 bits up to 255
// steps; a day has at most 96).

const FULL_SCREEN = 'void main() { gl_Position = vec4(position.xy, 0.0, 1.0); }';

const LIT = `
uniform sampler2D depthMap;
uniform mat4 sunMatrix;
uniform float bias;
float litFrom(vec3 p) {
  vec4 clip = sunMatrix * vec4(p, 1.0);
  vec3 ndc = clip.xyz / clip.w;
  float seen = texture2D(depthMap, ndc.xy * 0.5 + 0.5).r;
  return ndc.z * 0.5 + 0.5 - bias <= seen ? 1.0 : 0.0;
}`;

/** Ground cells: the fragment's position in the target is its cell on the site. */
export const GROUND_SHADER = {
  vertexShader: FULL_SCREEN,
  fragmentShader: `${LIT}
uniform vec2 origin;
uniform float cellSize;
uniform float groundY;
void main() {
  vec2 cell = floor(gl_FragCoord.xy) + 0.5;
  float lit = litFrom(vec3(origin.x + cell.x * cellSize, groundY, origin.y + cell.y * cellSize));
  gl_FragColor = vec4(lit / 255.0, 0.0, 0.0, 0.0);
}`,
};

/**
 * Façade patches: the fragment reads its patch's centre and normal from two float textures. A wall facing
 * away from the sun gets none; the point is moved out along its normal by `offset` (at least two depth-map
 * texels), so its own wall, drawn in the same texel, does not shade it at a grazing sun.
 */
export const FACADE_SHADER = {
  vertexShader: FULL_SCREEN,
  fragmentShader: `${LIT}
uniform sampler2D points;
uniform sampler2D normals;
uniform vec2 size;
uniform vec3 towards;
uniform float offset;
void main() {
  vec2 uv = gl_FragCoord.xy / size;
  vec3 p = texture2D(points, uv).xyz;
  vec3 n = texture2D(normals, uv).xyz;
  float facing = dot(n, towards) > 0.0 ? 1.0 : 0.0;
  float lit = facing * litFrom(p + n * offset);
  gl_FragColor = vec4(lit / 255.0, 0.0, 0.0, 0.0);
}`,
};
