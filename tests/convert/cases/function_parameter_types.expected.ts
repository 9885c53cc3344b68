import { Construct } from "constructs";
import { Fn, Token, TerraformOutput, TerraformStack } from "cdktf";
class MyConvertedCode extends TerraformStack {
  constructor(scope: Construct, name: string) {
    super(scope, name);
    const underAny = Fn.jsonencode([
      {
        0: {
          "0x1F": 1,
        },
      },
    ]);
    const underBools = Fn.alltrue(
      Token.asAny([
        {
          0: {
            "0x1F": 1,
          },
        },
      ])
    );
    const underNumbers = Fn.max([
      Token.asNumber([
        {
          0: {
            "0x1F": 1,
          },
        },
      ]),
    ]);
    const underString = Fn.startswith(
      [
        {
          0: {
            "0x1F": 1,
          },
          x: {
            "0x1F": 2,
          },
        },
      ],
      "a"
    );
    const underStrings = Fn.sort(
      Token.asList([
        "a",
        {
          0: {
            "0x1F": 1,
          },
        },
      ])
    );
    new TerraformOutput(this, "all", {
      value: [underString, underAny, underStrings, underNumbers, underBools],
    });
  }
}
