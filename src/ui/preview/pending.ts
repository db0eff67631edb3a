/** The preview's text while it is not known yet (an imported document's XML still arriving, the serializer loading). */
export const PENDING: readonly string[] = [];
