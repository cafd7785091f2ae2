/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that check the requests and describe
 * the record (`z.toJSONSchema`), so the documentation cannot drift from the code.
 */
import { z } from 'zod';
import { ArticleRecordSchema } from '../doc/record-schema.js';
import {
  AnalyzeJsonSchema,
  ArticlePageSchema,
  ArticleQuerySchema,
  EntityEntrySchema,
  ErrorSchema,
  EventQuerySchema,
  QuoteHitSchema,
  QuoteQuerySchema,
  StatsSchema,
  StoredArticleSchema,
  StoryEventSchema,
  StoryQuerySchema,
  StorySchema,
  StoryViewSchema,
  WriteResultSchema,
} from './api-schemas.js';

type Json = Record<string, unknown>;

const schemas: Record<string, z.ZodType> = {
  ArticleRecord: ArticleRecordSchema,
  StoredArticle: StoredArticleSchema,
  ArticlePage: ArticlePageSchema,
  EntityEntry: EntityEntrySchema,
  QuoteList: z.object({ items: z.array(QuoteHitSchema) }),
  EventList: z.object({ items: z.array(StoryEventSchema) }),
  StoryList: z.object({ items: z.array(StorySchema) }),
  StoryView: StoryViewSchema,
  Stats: StatsSchema,
  WriteResult: WriteResultSchema,
  AnalyzeRequest: AnalyzeJsonSchema,
  Error: ErrorSchema,
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const errors = {
  '400': { description: 'invalid parameters or body', ...json('Error') },
  '404': { description: 'not found', ...json('Error') },
};

/** Query parameters from an object schema, each with its own JSON Schema. */
function parameters(schema: z.ZodObject): Json[] {
  const shape = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json & {
    properties: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(shape.properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: shape.required?.includes(name) ?? false,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

function get(summary: string, response: string, query?: z.ZodObject, path?: string): Json {
  return {
    get: {
      summary,
      parameters: [
        ...(path ? [{ name: path, in: 'path', required: true, schema: { type: 'string' } }] : []),
        ...(query ? parameters(query) : []),
      ],
      responses: { '200': { description: 'OK', ...json(response) }, ...errors },
    },
  };
}

const articleBody = {
  required: true,
  content: {
    'application/json': { schema: ref('AnalyzeRequest') },
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: {
          text: { type: 'string' },
          file: { type: 'string', format: 'binary' },
          published: { type: 'string' },
        },
      },
    },
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
  },
};

let cached: Json | undefined;

export function openApiDocument(): Json {
  if (cached) return cached;
  const components: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema: _drop, ...body } = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Json;
    components[name] = body;
  }
  const bearer = [{ bearer: [] }];
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version: '1',
      description:
        'The corpus of analysed articles (newsgraph.article/1 records), read-only unless started with a token.',
    },
    paths: {
      '/api/stats': get('Corpus counts', 'Stats'),
      '/api/articles': {
        ...get(
          'Original articles, filtered and paginated (newest first, or best text match first)',
          'ArticlePage',
          ArticleQuerySchema,
        ),
        post: {
          summary: 'Store an article: a record as JSON, or text or HTML to analyse first (token required)',
          security: bearer,
          requestBody: {
            ...articleBody,
            content: {
              ...articleBody.content,
              'application/json': { schema: { oneOf: [ref('ArticleRecord'), ref('AnalyzeRequest')] } },
            },
          },
          responses: {
            '201': { description: 'stored', ...json('WriteResult') },
            '401': json('Error'),
            '403': json('Error'),
            '413': json('Error'),
          },
        },
      },
      '/api/search': get(
        'Full-text search (same filters as /api/articles; q required)',
        'ArticlePage',
        ArticleQuerySchema,
      ),
      '/api/articles/{id}': {
        ...get('One article: its record and its copies', 'StoredArticle', undefined, 'id'),
        delete: {
          summary: 'Delete an article (an original with its copies and facts; token required)',
          security: bearer,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'deleted ids' },
            '401': json('Error'),
            '403': json('Error'),
            '404': json('Error'),
          },
        },
      },
      '/api/entities/{id}': get(
        'An entity by id (slashes allowed), name or alias',
        'EntityEntry',
        undefined,
        'id',
      ),
      '/api/quotes': get('Quotes by a speaker, newest first', 'QuoteList', QuoteQuerySchema),
      '/api/events': get('Events, once per story', 'EventList', EventQuerySchema),
      '/api/stories': get('Stories, latest first', 'StoryList', StoryQuerySchema),
      '/api/stories/{id}': get('A story with its articles and mapped places', 'StoryView', undefined, 'id'),
      '/api/analyze': {
        post: {
          summary: 'Analyse pasted text or an HTML page and return its record (nothing is stored)',
          requestBody: articleBody,
          responses: {
            '200': { description: 'the record', ...json('ArticleRecord') },
            '400': json('Error'),
            '413': json('Error'),
            '415': json('Error'),
            '503': json('Error'),
          },
        },
      },
    },
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
  return cached;
}
