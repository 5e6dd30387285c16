/** A tile of 3d-tiles-renderer, as far as this plugin reads it. */
interface TileLike {
  parent: TileLike | null;
  content?: { uri?: string };
  internal?: { basePath?: string };
}

/** Why a tileset file or a tile's content was refused, in words for the notice. */
export class TileFetchError extends Error {
  override name = 'TileFetchError';
}

const isJsonUrl = (url: string): boolean => /\.json$/i.test(new URL(url).pathname);

/**
 * 3d-tiles-renderer plugin that fetches every tileset and tile itself, so that a fault is said plainly and
 * fails that one file once (the renderer marks it failed and does not retry): an HTTP error, a tileset that is
 * not JSON or not 3D Tiles, an external tileset that refers back to one of its ancestors.
 */
export class TileFetchPlugin {
  readonly name = 'STADTZWILLING_TILE_FETCH';
  private readonly looping = new Set<string>();
  private rootUrl = '';

  preprocessURL(url: string, tile: TileLike | null): string {
    if (!tile) this.rootUrl = url;
    else if (isJsonUrl(url) && this.ancestorUrls(tile).includes(url)) this.looping.add(url);
    return url;
  }

  async fetchData(url: string, options: RequestInit): Promise<unknown> {
    if (this.looping.has(url)) throw new TileFetchError('the external tileset refers back to itself');
    const response = await fetch(url, options);
    if (!response.ok) throw new TileFetchError(`HTTP ${response.status} ${response.statusText}`.trim());
    if (!isJsonUrl(url)) return response.arrayBuffer();
    let json: unknown;
    try {
      json = JSON.parse(await response.text());
    } catch (error) {
      throw new TileFetchError(`not JSON (${(error as Error).message})`);
    }
    const tileset = json as { asset?: { version?: unknown }; root?: unknown } | null;
    if (typeof tileset?.asset?.version !== 'string' || typeof tileset.root !== 'object' || !tileset.root)
      throw new TileFetchError('not a 3D Tiles tileset (no asset.version or no root tile)');
    return json;
  }

  private ancestorUrls(tile: TileLike): string[] {
    const urls = [this.rootUrl];
    for (let t = tile.parent; t; t = t.parent) {
      if (t.content?.uri && t.internal?.basePath)
        urls.push(new URL(t.content.uri, `${t.internal.basePath}/`).toString());
    }
    return urls;
  }
}
