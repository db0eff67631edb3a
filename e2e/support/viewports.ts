// The window sizes issue 22's journeys run at: the smallest supported (1024 × 768) and a common desktop one.

export const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
] as const;
