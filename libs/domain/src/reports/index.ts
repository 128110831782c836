export * from './template';
export * from './consistency';
export * from './cchc-template-spec';
export * from './cchc-report';
