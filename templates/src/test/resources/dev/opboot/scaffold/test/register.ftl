register([=name]);
