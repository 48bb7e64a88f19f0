import type { Attributes } from "graphology-types";
import {
  EdgeProgram,
  createEdgeArrowHeadProgram,
  createEdgeCompoundProgram,
  type EdgeProgramType,
  type ProgramInfo,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

/** Dash and gap along a dashed edge, in CSS pixels on screen whatever the zoom. */
const dashPixels = 6;
const gapPixels = 4;
/** The arrow head's length to the edge's thickness, as sigma's own arrow has it. */
const lengthToThicknessRatio = 2.5;

// Sigma's clamped edge (the body of its arrow), which stops short of the target for the head,
// with the distance along the edge on screen passed on, so the fragment shader can leave gaps.
const vertexShader = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_feather;
uniform vec2 u_dimensions;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_radius * a_radiusCoef;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;

  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;

  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;

  float direction = sign(radius);
  float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
  vec2 compensationVector = vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);

  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness + compensationVector, 1)).xy, 0, 1);

  vec2 startOnScreen = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 endOnScreen = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_along = a_positionCoef * length((endOnScreen - startOnScreen) * u_dimensions / 2.0);

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif

  v_color.a *= bias;
}
`;

const fragmentShader = /* glsl */ `
precision mediump float;

uniform float u_dash;
uniform float u_gap;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  // Picking draws the whole edge, so that a click in a gap still finds it.
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (mod(v_along, u_dash + u_gap) > u_dash) discard;
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const uniforms = [
  "u_matrix",
  "u_zoomRatio",
  "u_sizeRatio",
  "u_correctionRatio",
  "u_pixelRatio",
  "u_feather",
  "u_minEdgeThickness",
  "u_lengthToThicknessRatio",
  "u_dimensions",
  "u_dash",
  "u_gap",
] as const;
type Uniform = (typeof uniforms)[number];

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

/** The body of a dashed arrow: sigma's clamped edge, with gaps. */
class EdgeDashedClampedProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeProgram<Uniform, N, E, G> {
  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: vertexShader,
      FRAGMENT_SHADER_SOURCE: fragmentShader,
      METHOD: TRIANGLES,
      UNIFORMS: uniforms,
      ATTRIBUTES: [
        { name: "a_positionStart", size: 2, type: FLOAT },
        { name: "a_positionEnd", size: 2, type: FLOAT },
        { name: "a_normal", size: 2, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_radius", size: 1, type: FLOAT },
      ],
      CONSTANT_ATTRIBUTES: [
        { name: "a_positionCoef", size: 1, type: FLOAT },
        { name: "a_normalCoef", size: 1, type: FLOAT },
        { name: "a_radiusCoef", size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: [
        [0, 1, 0],
        [0, -1, 0],
        [1, 1, 1],
        [1, 1, 1],
        [0, -1, 0],
        [1, -1, -1],
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const thickness = data.size || 1;
    const [x1, y1, x2, y2] = [sourceData.x, sourceData.y, targetData.x, targetData.y];
    const [dx, dy] = [x2 - x1, y2 - y1];
    const squared = dx * dx + dy * dy;
    const inverse = squared ? 1 / Math.sqrt(squared) : 0;
    const values = [
      x1,
      y1,
      x2,
      y2,
      -dy * inverse * thickness,
      dx * inverse * thickness,
      floatColor(data.color),
      edgeIndex,
      targetData.size || 1,
    ];
    this.array.set(values, startIndex);
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform1f(uniformLocations.u_zoomRatio, params.zoomRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(uniformLocations.u_feather, params.antiAliasingFeather);
    gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform1f(uniformLocations.u_lengthToThicknessRatio, lengthToThicknessRatio);
    gl.uniform2f(uniformLocations.u_dimensions, params.width, params.height);
    gl.uniform1f(uniformLocations.u_dash, dashPixels);
    gl.uniform1f(uniformLocations.u_gap, gapPixels);
  }
}

/**
 * A dashed arrow for sigma 3, which draws no dashed edge of its own: the body dashed, the head
 * sigma's. The explorer draws a tie that is proposed or intended, not decided, with it.
 */
export const EdgeDashedArrowProgram: EdgeProgramType = createEdgeCompoundProgram([
  EdgeDashedClampedProgram as unknown as EdgeProgramType,
  createEdgeArrowHeadProgram({ lengthToThicknessRatio }),
]);
