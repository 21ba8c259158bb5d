export { SAMPLE_AS_OF, sampleDataset } from './sample-dataset.js';
