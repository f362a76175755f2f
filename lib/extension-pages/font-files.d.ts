/** A font file imported with `?url`: the bundler copies it and gives its address. */
declare module '*.ttf?url' {
  const url: string;
  export default url;
}
