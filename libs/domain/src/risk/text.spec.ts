import { requiredOf } from './text';

describe('requiredOf (the literals every match of a pattern holds)', () => {
  it('reads the runs of literal characters outside groups, classes and quantifiers', () => {
    expect(requiredOf('(今年|去年)[^。]{0,6}法院[^。没]{0,4}裁定(?!是否)')).toEqual(['法院', '裁定']);
    expect(requiredOf('([0-9一二]+月|早就)分开(了)?(?=[，,。]|$)')).toEqual(['分开']);
    expect(requiredOf('掐.{0,4}脖')).toEqual(['掐', '脖']);
    expect(requiredOf('(?<=跟他)掰了')).toEqual(['掰了']);
  });

  it('leaves out a character a quantifier may drop or repeat, and what it cannot read', () => {
    expect(requiredOf('打+人')).toEqual(['人']);
    expect(requiredOf('[^ab]c{2}d')).toEqual(['d']);
    expect(requiredOf('\\d+月份')).toEqual(['月份']);
    expect(requiredOf('a\\u4e00bc')).toEqual(['a']);
  });

  it('needs nothing of a pattern of alternatives at its top', () => {
    expect(requiredOf('打人|揍了')).toEqual([]);
    expect(requiredOf('(?:被子捂)|(?:锁喉)')).toEqual([]);
  });

  it('names only literals every match holds', () => {
    const sources = ['(今年|去年)[^。]{0,6}法院[^。没]{0,4}裁定', '([0-9一二]+月|早就)分开(了)?', '掐.{0,4}脖', '打+人'];
    const texts = ['去年法院裁定不准再骚扰', '二月分开了', '掐住她脖子', '打打人'];
    sources.forEach((source, i) => {
      const m = new RegExp(source).exec(texts[i]);
      expect(m).not.toBeNull();
      for (const literal of requiredOf(source)) expect(m![0]).toContain(literal);
    });
  });
});
