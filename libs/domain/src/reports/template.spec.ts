import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTemplateSet, placeholdersOf, renderTemplate, TemplateError, TemplateFileError, tv } from './template';

describe('renderTemplate', () => {
  it('writes each kind of value in the language’s formats', () => {
    const values = {
      received: tv.count(1234),
      rate: tv.percent(82.48),
      none: tv.percent(null),
      day: tv.date('2023-06-14'),
      total: tv.score(80.5),
      name: tv.text('Sở VHTTDL'),
    };
    const template = '{name}: {received} hồ sơ, {rate}, {none}, {day}, {total} điểm';
    assert.equal(renderTemplate(template, values, 'vi'), 'Sở VHTTDL: 1.234 hồ sơ, 82,48%, —, 14/06/2023, 80,5 điểm');
    assert.equal(renderTemplate(template, values, 'en'), 'Sở VHTTDL: 1,234 hồ sơ, 82.48%, —, 14/06/2023, 80.5 điểm');
  });

  it('writes scores with only the decimals they need, rounded half-up to two', () => {
    const write = (value: number) => renderTemplate('{s}', { s: tv.score(value) }, 'vi');
    assert.deepEqual([85, 80.5, 84.75, 1.005, 99.999, 1234.5].map(write), ['85', '80,5', '84,75', '1,01', '100', '1.234,5']);
  });

  it('pads counts from 1 to 9 with a leading zero under {name:02}, and nothing else', () => {
    const write = (value: number) => renderTemplate('{n:02}', { n: tv.count(value) }, 'vi');
    assert.deepEqual([0, 1, 3, 9, 10, 110, 1500].map(write), ['0', '01', '03', '09', '10', '110', '1.500']);
    assert.equal(renderTemplate('{n} / {n:02}', { n: tv.count(4) }, 'vi'), '4 / 04');
  });

  it('fills a placeholder used twice with the same value and leaves other text alone', () => {
    assert.equal(
      renderTemplate('{a}/{b} thủ tục; {a} toàn trình', { a: tv.count(110), b: tv.count(118) }, 'vi'),
      '110/118 thủ tục; 110 toàn trình',
    );
    assert.equal(renderTemplate('không có chỗ điền', {}, 'vi'), 'không có chỗ điền');
  });

  it('refuses a missing value instead of leaving a hole', () => {
    assert.throws(
      () => renderTemplate('tiếp nhận {received} hồ sơ', {}, 'vi'),
      (error: unknown) => {
        assert.ok(error instanceof TemplateError);
        assert.match(error.message, /\{received\}/);
        return true;
      },
    );
    // an inherited property is not a value
    assert.throws(() => renderTemplate('{constructor}', {}, 'vi'), TemplateError);
  });

  it('refuses the padding modifier on anything but a count', () => {
    assert.throws(() => renderTemplate('{rate:02}', { rate: tv.percent(5) }, 'vi'), /applies to counts only/);
  });

  it('lists the placeholders a template uses, once each, in order', () => {
    assert.deepEqual(placeholdersOf('{b} {a:02} {b} text {c}'), ['b', 'a', 'c']);
    assert.deepEqual(placeholdersOf('no placeholders'), []);
  });
});

const SPEC = { greeting: ['name', 'count'], plain: [] } as const;
const valid = () => ({
  description: 'test',
  templates: {
    greeting: { vi: 'Xin chào {name}, {count:02} hồ sơ', en: 'Hello {name}' },
    plain: { vi: 'Chỉ tiêu', en: 'Indicator' },
  },
});

describe('parseTemplateSet', () => {
  it('reads a file with every key in both languages and renders by language', () => {
    const set = parseTemplateSet(valid(), 'test.json', SPEC);
    assert.equal(set.render('greeting', 'vi', { name: tv.text('An'), count: tv.count(3) }), 'Xin chào An, 03 hồ sơ');
    assert.equal(set.render('greeting', 'en', { name: tv.text('An'), count: tv.count(3) }), 'Hello An');
    assert.equal(set.render('plain', 'en', {}), 'Indicator');
  });

  const problems = (json: unknown) => {
    try {
      parseTemplateSet(json, 'data/templates/x.json', SPEC);
    } catch (error) {
      assert.ok(error instanceof TemplateFileError);
      assert.equal(error.file, 'data/templates/x.json');
      return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    }
    assert.fail('expected the file to be refused');
  };

  it('refuses a missing key, a misspelt key and a missing language, all at once', () => {
    const json = valid() as { templates: Record<string, unknown> };
    delete json.templates['plain'];
    json.templates['greting'] = { vi: 'x', en: 'x' };
    delete (json.templates['greeting'] as Record<string, unknown>)['en'];
    assert.deepEqual(problems(json), [
      'templates.greting: is not a known field',
      'templates.greeting.en: is required',
      'templates.plain: is required',
    ]);
  });

  it('refuses a placeholder the report does not supply, naming the ones it does', () => {
    const json = valid();
    json.templates.greeting.en = 'Hello {nmae}';
    json.templates.plain.vi = 'Chỉ tiêu {x}';
    assert.deepEqual(problems(json), [
      'templates.greeting.en: uses {nmae}; the placeholders of this template are {name}, {count}',
      'templates.plain.vi: uses {x}; the placeholders of this template are none',
    ]);
  });

  it('refuses stray braces, unknown modifiers, empty and non-text templates, other languages', () => {
    const json = valid() as { templates: Record<string, Record<string, unknown>> };
    json.templates['greeting']!['vi'] = 'Xin chào {name';
    json.templates['greeting']!['en'] = 'Hello {name:03}';
    json.templates['plain']!['vi'] = ' ';
    json.templates['plain']!['en'] = 42;
    json.templates['plain']!['fr'] = 'Indicateur';
    assert.deepEqual(problems(json), [
      'templates.greeting.vi: has a brace that is not a placeholder {name} or {name:02}',
      'templates.greeting.en: has a brace that is not a placeholder {name} or {name:02}',
      'templates.plain.fr: is not a known field',
      'templates.plain.vi: must be a non-empty string',
      'templates.plain.en: must be a non-empty string',
    ]);
  });

  it('refuses a file that is not an object of templates', () => {
    assert.deepEqual(problems([]), [': must be an object']);
    assert.deepEqual(problems({ templates: 'x', extra: 1 }), ['extra: is not a known field', 'templates: must be an object']);
    assert.deepEqual(problems({ description: 3, templates: valid().templates }), ['description: must be a string']);
    assert.deepEqual(problems({}), ['templates: is required']);
  });

  it('names the file and every problem in the error message', () => {
    assert.throws(
      () => parseTemplateSet({}, 'data/templates/x.json', SPEC),
      /^TemplateFileError: data\/templates\/x.json: templates: is required$/,
    );
  });
});
