export * from './functional';
export * from './econ';
export * from './three-public';
