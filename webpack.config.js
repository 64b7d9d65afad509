/**
 * Builds, after the official Excel-Custom-Functions-Shared template:
 *   web (default)       dist/taskpane.html loading functions.js + commands.js + taskpane.js — one page, one
 *                       JavaScript runtime (the manifest's shared runtime) — plus functions.json generated
 *                       from the JSDoc in src/functions/functions.ts, the playground page, assets and
 *                       manifest.xml.
 *   --env target=cli    dist/cli/custclass.js, the command-line tool for Node (bin/custclass.js loads it).
 *   --env target=bench  dist/bench/bench.js, the benchmark (`npm run bench`), together with the CLI it runs.
 * Options: --env publicUrl=https://host/path/ rewrites https://localhost:3000/ in the copied manifest;
 *          --env http (or CUSTCLASS_HTTP=1) makes `webpack serve` use plain http.
 */
const fs = require("node:fs");
const path = require("node:path");
const { X509Certificate } = require("node:crypto");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const src = (p) => path.resolve(__dirname, "src", p);

/** ts-loader without type checking: `npm run typecheck` owns that, and the build stays fast on 2 cores. */
function tsRule(compilerOptions) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions } },
  };
}

function cliConfig(dev) {
  const main = src("cli/main.ts");
  if (!fs.existsSync(main))
    throw new Error(`no ${path.relative(__dirname, main)}: nothing to build for the CLI`);
  return {
    name: "cli",
    mode: dev ? "development" : "production",
    target: "node20",
    entry: { custclass: main },
    output: { path: path.resolve(__dirname, "dist/cli"), filename: "custclass.js", clean: true },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: { rules: [tsRule({ target: "ES2022" })] },
    // ExcelJS is a runtime dependency (installed with the project); bundling it drags in optional
    // browser shims and gains nothing on Node.
    externals: { exceljs: "commonjs exceljs" },
    externalsPresets: { node: true },
    devtool: dev ? "source-map" : false,
    // A CLI is read in stack traces, not downloaded: keep it unminified.
    optimization: { minimize: false },
    performance: { hints: false },
  };
}

/**
 * The benchmark (bench/): built like the CLI (Node, unminified, so that `node --cpu-prof` profiles name
 * the source functions), with arquero bundled and ExcelJS external.
 */
function benchConfig(dev) {
  return {
    ...cliConfig(dev),
    name: "bench",
    entry: { bench: path.resolve(__dirname, "bench/main.ts") },
    output: { path: path.resolve(__dirname, "dist/bench"), filename: "bench.js", clean: true },
  };
}

/**
 * HTTPS for `webpack serve`, with the certificates office-addin-dev-certs makes. Its
 * getHttpsServerOptions() also installs the CA with sudo, which fails where there is no sudo, so only
 * the generating half of its API is used here; trusting the CA stays a one-time manual step.
 */
async function devServerTransport(env) {
  const note = (msg) => console.warn(`\n[custclass dev-server] ${msg}\n`);
  if (env.http || process.env.CUSTCLASS_HTTP === "1") {
    note("plain http, as asked. Office needs https: use this for the playground only.");
    return { type: "http" };
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
    if (!files.every((f) => fs.existsSync(f))) await devCerts.generateCertificates();
    const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
    if (new Date(new X509Certificate(cert).validTo) < new Date())
      note(
        `the certificate in ${path.dirname(defaults.localhostCertificatePath)} has expired: delete that folder and restart.`,
      );
    let trusted = false;
    try {
      trusted = devCerts.isCaCertificateInstalled();
    } catch {
      // The platform check itself failed; say so below rather than stop the server.
    }
    if (!trusted)
      note(
        `https with a certificate from ${path.dirname(defaults.caCertificatePath)} whose CA is not trusted yet.\n` +
          "Trust it once with `npx office-addin-dev-certs install` (asks for admin rights), or Office will not load the add-in.",
      );
    return { type: "https", options: { ca, cert, key } };
  } catch (err) {
    note(
      `could not set up https (${err instanceof Error ? err.message : err}); serving plain http on localhost.\n` +
        "Office will not load the add-in over http; the playground works.",
    );
    return { type: "http" };
  }
}

async function webConfig(env, dev, serving) {
  const playground = src("playground/index.tsx");
  const hasPlayground = fs.existsSync(playground);
  const publicUrl = env.publicUrl;
  if (publicUrl && !/^https:\/\/.+\/$/.test(publicUrl))
    throw new Error(`--env publicUrl must be an https URL ending in "/", got ${publicUrl}`);

  const entry = {
    taskpane: src("taskpane/index.tsx"),
    functions: src("functions/functions.ts"),
    commands: src("commands/commands.ts"),
  };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: src("taskpane/taskpane.html"),
      // One page for the whole shared runtime; functions first so Excel finds them registered early.
      chunks: ["functions", "commands", "taskpane"],
      chunksSortMode: "manual",
    }),
  ];
  if (hasPlayground) {
    entry.playground = playground;
    pages.push(
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: src("playground/playground.html"),
        chunks: ["playground"],
      }),
    );
  }

  return {
    name: "web",
    mode: dev ? "development" : "production",
    target: ["web", "es2020"],
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Keep the CLI and bench builds when the web build cleans dist/.
      clean: { keep: /^(cli|bench)[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    // ES2020 output: Excel on Mac runs the add-in in the system Safari's webview, which may be older.
    module: { rules: [tsRule({ target: "ES2020" })] },
    // Never an eval-based source map: the pages' Content-Security-Policy forbids eval.
    devtool: dev ? "source-map" : false,
    optimization: {
      // One webpack runtime per page, so functions, commands and task pane share module instances
      // (the point of a shared runtime); common code goes into shared chunks.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    performance: { hints: dev ? false : "warning", maxAssetSize: 1_000_000, maxEntrypointSize: 1_500_000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: src("functions/functions.ts") }),
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (publicUrl ? content.toString().replaceAll(DEV_URL, publicUrl) : content),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port,
          server: await devServerTransport(env),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          // Reload the page rather than hot-swap modules: a hot swap would re-register custom functions.
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  if (env.target === "cli") return cliConfig(dev);
  // The bench times the CLI end to end, so it builds both.
  if (env.target === "bench") return [cliConfig(dev), benchConfig(dev)];
  return webConfig(env, dev, Boolean(env.WEBPACK_SERVE));
};
