/**
 * Builds the add-in into dist/:
 *   taskpane.html + taskpane.js   the task pane (React, Fluent UI); the page also loads functions.js,
 *                                 because on the shared runtime it is the custom-functions runtime too
 *   functions.js                  the custom functions (CustomFunctions.associate appended at build time)
 *   functions.json                their metadata (custom-functions-metadata-plugin, from the JSDoc)
 *   functions.fr.json             the French metadata, from the @fr / @frparam JSDoc tags (scripts/functions-fr.js)
 *   functions.de.json             the German (de-CH) metadata, from src/functions/metadata.de.json
 *                                 (scripts/functions-locale.js)
 *   manifest.xml, assets/*.png
 *
 * `npm run build` needs no certificate and no network: office-addin-dev-certs is only loaded by
 * `webpack serve` (npm run dev-server). After a build the sizes of every script are printed (minified and
 * gzip); a production build fails when functions.js exceeds its budget (it loads when Excel starts), or when
 * what the task pane page loads in Excel (functions.js + taskpane.js and their initial chunks) exceeds 350 KiB
 * gzipped. The chunks loaded on demand (the .xlsx port and ExcelJS, for the standalone page only) are
 * listed apart and not counted.
 *
 * ADDIN_BASE_URL=https://host/path/ rewrites https://localhost:3000/ in the copied manifest.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizeMetadata } = require("./scripts/functions-fr");
const { localizeFromJson } = require("./scripts/functions-locale");

const DEV_ORIGIN = "https://localhost:3000/";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
/** German (de-CH) names and descriptions of the custom functions. */
const FUNCTIONS_METADATA_DE = "./src/functions/metadata.de.json";
/** Budget for dist/functions.js, minified bytes. */
const FUNCTIONS_BUDGET = 150 * 1024;
/** Budget for the scripts the task pane page loads in Excel (initial chunks of both entries), gzip bytes. */
const PANE_GZIP_BUDGET = 350 * 1024;

/**
 * Emits the translated metadata (functions.fr.json, functions.de.json…) next to functions.json, which
 * CustomFunctionsMetadataPlugin emits first. Each language: { output, source, localize(englishJson,
 * sourceText, sourceName) → {json, errors} }; errors fail the build.
 */
class FunctionsLocalizationPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const name = "FunctionsLocalizationPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset(this.options.english);
        if (!english) {
          // The metadata plugin reports its own errors (and then emits nothing).
          if (compilation.errors.length === 0)
            compilation.errors.push(new webpack.WebpackError(`${name}: ${this.options.english} was not generated`));
          return;
        }
        const englishJson = english.source.source().toString();
        for (const language of this.options.languages) {
          const sourceFile = path.resolve(__dirname, language.source);
          compilation.fileDependencies.add(sourceFile);
          const { json, errors } = language.localize(englishJson, fs.readFileSync(sourceFile, "utf8"), language.source);
          for (const e of errors) compilation.errors.push(new webpack.WebpackError(`${name}: ${e}`));
          compilation.emitAsset(language.output, new webpack.sources.RawSource(json));
        }
      });
    });
  }
}

/** Prints the size of the entry bundles and enforces the functions.js budget. */
class BundleSizePlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const name = "BundleSizePlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const lines = [];
          // Scripts loaded with the entries (the rest is loaded on demand by import()).
          const initial = new Set();
          for (const [, entry] of compilation.entrypoints) for (const f of entry.getFiles()) initial.add(f);
          const gzipOf = new Map();
          for (const file of Object.keys(assets)
            .filter((f) => f.endsWith(".js"))
            .sort()) {
            const buffer = Buffer.from(assets[file].source());
            const gzip = zlib.gzipSync(buffer, { level: 9 }).length;
            gzipOf.set(file, gzip);
            const note = initial.has(file) ? "" : "  (on demand)";
            lines.push(
              `  ${file.padEnd(28)} ${kib(buffer.length).padStart(10)} min  ${kib(gzip).padStart(10)} gzip${note}`,
            );
            const budget = this.options.budgets[file];
            if (budget !== undefined && this.options.enforce && buffer.length > budget) {
              compilation.errors.push(
                new webpack.WebpackError(
                  `${file} is ${kib(buffer.length)} minified, over its budget of ${kib(budget)}`,
                ),
              );
            }
          }
          for (const group of this.options.gzipGroups || []) {
            const files = [];
            for (const name of group.entries) {
              const entry = compilation.entrypoints.get(name);
              if (entry) for (const f of entry.getFiles()) if (f.endsWith(".js") && !files.includes(f)) files.push(f);
            }
            const total = files.reduce((n, f) => n + (gzipOf.get(f) || 0), 0);
            lines.push(`  ${group.label} (${files.join(" + ")}): ${kib(total)} gzip, budget ${kib(group.budget)}`);
            if (this.options.enforce && total > group.budget) {
              compilation.errors.push(
                new webpack.WebpackError(
                  `${group.label} is ${kib(total)} gzipped, over its budget of ${kib(group.budget)}`,
                ),
              );
            }
          }
          compilation.__bundleSizeReport = lines;
        },
      );
    });
    compiler.hooks.done.tap(name, (stats) => {
      const lines = stats.compilation.__bundleSizeReport;
      if (lines && lines.length)
        console.log(
          `\nBundle sizes${this.options.enforce ? "" : " (development build, not minified)"}:\n${lines.join("\n")}\n`,
        );
    });
  }
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = process.env.ADDIN_BASE_URL;

  const config = {
    mode,
    devtool: dev ? "source-map" : false,
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        // The engine is pure (no module-level side effects): a module none of whose exports is used is left
        // out, so functions.js carries no grid schema validator (ajv: src/engine/grid/load.ts).
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
        // The PDF fonts (dejavu-fonts-ttf): copied into the build, fetched from the add-in's own origin when
        // the PDFs are first asked for (src/taskpane/services/pdfFonts.ts).
        { test: /\.ttf$/, type: "asset/resource", generator: { filename: "fonts/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    // Readable names for the chunks loaded on demand (standalone page: .xlsx port, ExcelJS).
    optimization: { chunkIds: "named" },
    plugins: [
      // Every language of the message catalogue at once is for Node (src/messages/languages.ts); the browser
      // bundles load English and German on demand (languages.browser.ts: -28 KiB gzip on taskpane.js).
      new webpack.NormalModuleReplacementPlugin(/^\.\/languages$/, (resource) => {
        if (path.basename(resource.context) === "messages") resource.request = "./languages.browser";
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new FunctionsLocalizationPlugin({
        english: "functions.json",
        languages: [
          { output: "functions.fr.json", source: FUNCTIONS_SOURCE, localize: localizeMetadata },
          {
            output: "functions.de.json",
            source: FUNCTIONS_METADATA_DE,
            localize: (englishJson, text, fileName) => localizeFromJson(englishJson, text, fileName, "German"),
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page registers the custom functions, so it loads both bundles.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              baseUrl ? content.toString().split(DEV_ORIGIN).join(baseUrl.replace(/\/?$/, "/")) : content,
          },
        ],
      }),
      new BundleSizePlugin({
        enforce: !dev,
        budgets: { "functions.js": FUNCTIONS_BUDGET },
        gzipGroups: [{ label: "task pane in Excel", entries: ["functions", "taskpane"], budget: PANE_GZIP_BUDGET }],
      }),
    ],
  };

  if (serving) {
    // Only here: the dev server needs the trusted localhost certificate (npx office-addin-dev-certs install).
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    };
  }

  return config;
};
