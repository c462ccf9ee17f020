// Vite bundles the CSS imported by preview.ts.
declare module '*.css';
