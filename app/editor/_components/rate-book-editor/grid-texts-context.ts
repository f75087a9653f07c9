"use client";
import { createContext, useContext } from "react";
import { GRID_TEXTS_RU, type GridTexts } from "./grid-texts";

export const GridTextsContext = createContext<GridTexts>(GRID_TEXTS_RU);

export function useGridTexts(): GridTexts {
  return useContext(GridTextsContext);
}
