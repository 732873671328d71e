export * from './jieba-segmenter';
