/** Ids of the form's rows and tables (React keys, focus). */
let nextUid = 0;
export const uid = () => `r${(nextUid += 1)}`;
