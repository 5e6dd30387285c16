import { hexColor, type Rgb } from './mesh.ts';

/** The default city's colours (linear RGB), chosen so walls, roofs and grounds read apart. */
export const PALETTE = {
  brick: hexColor('#8e3f28'),
  brickDark: hexColor('#6a2a1b'),
  fieldstone: hexColor('#8f877a'),
  wallTop: hexColor('#6f695f'),
  roofTile: hexColor('#a3432a'),
  roofDark: hexColor('#5d2b22'),
  copper: hexColor('#4d8572'),
  window: hexColor('#262b33'),
  timber: hexColor('#4a3526'),
  plasterWhite: hexColor('#eee9dc'),
  hkb: hexColor('#b8c2c9'),
  hkbRoof: hexColor('#6d767d'),
  ground: hexColor('#7d8260'),
  street: hexColor('#5a5955'),
  cobbles: hexColor('#7b7469'),
  square: hexColor('#b0a38c'),
  green: hexColor('#4b7a36'),
  water: hexColor('#2d5d84'),
} satisfies Record<string, Rgb>;

/** Plaster colours of the generated houses. */
export const PLASTER: readonly Rgb[] = [
  '#ebdfc3',
  '#dcc8a0',
  '#cdb48a',
  '#e6d6b8',
  '#d2ab8c',
  '#bcc5b2',
  '#e9e3d3',
  '#c9a27a',
  '#d8c2c2',
].map(hexColor);

/** Roof colours of the generated houses: mostly red tiles, some dark glazed ones. */
export const ROOFS: readonly Rgb[] = ['#a3432a', '#983a26', '#b04f33', '#8a3524', '#5d2b22', '#6e3a2c'].map(
  hexColor,
);
