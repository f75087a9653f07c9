export * from "./check-policy";
export * from "./options";
