export type Measure = 'flow' | 'stock' | 'cumulative';
